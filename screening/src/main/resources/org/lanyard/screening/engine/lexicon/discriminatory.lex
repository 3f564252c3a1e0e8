# discriminatory.lex — DISCRIMINATORY: language against a protected characteristic of the Equality Act 2010 (age,
# disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief,
# sex, sexual orientation) (Little Eaton 5.5.iii and v).
# Scope: slurs (which are also OFFENSIVE_LANGUAGE), and prejudice without a rude word: generalisations ("all X are
# ..."), exclusion ("X belong in a special unit", "X shouldn't be allowed", "go back to your own country"), contempt
# ("I hate X"), denial ("trans women aren't women") and demeaning stereotypes, against the groups listed below.
# Leaves out on purpose:
#  - the names of groups alone ("Muslim", "gay", "disabled", "Gypsy, Roma and Traveller"): they are how people
#    describe themselves; only the frames around them make prejudice;
#  - positive or neutral frames ("disabled pupils should be allowed extra time", "deaf children belong in our school");
#  - words with an ordinary sense that dominates, unless framed: fag (a cigarette), faggots (a dish), dyke (a ditch,
#    Offa's Dyke), chink (of light), spastic (historical charity names), bender, homo, queer, poof;
#  - contested beliefs that are themselves protected (views on sex and gender stated without contempt);
#  - class, accent and appearance: offensive.lex, not here.

# ---- slurs: both codes ----
@codes DISCRIMINATORY OFFENSIVE_LANGUAGE
@severity high

@category racist slur
nigger | | | +s disguise
nigga | | | +s +z disguise
nigguh | | | +s
niggah | | | +s
negroid | | medium
paki | | | +s disguise
pakki | | | +s
paky
chinky | | | disguise
chinkies
gook | | | +s disguise
coon | | | +s disguise
wog | | | +s disguise
golliwog | | | +s
golliwogg | | | +s
gollywog | | | +s
sambo | | | +s
spic | | | +s disguise
spick | | | +s
wetback | | | +s
kike | | | +s disguise
yid | | | +s +do +dos
raghead | | | +s
towelhead | | | +s
sand nigger | | | +s
camel jockey | | | +s
half caste | | | +s
darkie | | | +s disguise
darky
darkies
jungle bunny
porch monkey
(black|brown) (monkey|monkeys|ape|apes)
pikey | | | +s disguise
pikeys
gyppo | | | +s
gypo | | | +s
gippo | | | +s
honky | | | +s
polack | | | +s
wop | | | +s
dago | | | +s
taig | | | +s
chinaman | | medium
chinamen | | medium
(slitty|slanty|slant|slit) (eyes|eyed|eye)
coconut | | low | weak
white trash | | medium
nignog | | | +s
nig nog | | | +s
(chink|chinks) | | | disguise
jap | | medium | +s

@category religious slur
muzzie | | | +s
muzrat | | | +s
muzzrat | | | +s
christ killer | | | +s
kafir | | | +s
kaffir | | | +s
kuffar
bible basher | | low | +s
bible thumper | | low | +s

@category homophobic slur
faggot | | | +s disguise
faggy
fag | | | +s weak
dyke | | | +s name weak
lesbo | | | +s disguise
lezza | | | +s
lezzer | | | +s
lezzie | | | +s
poofter | | | +s disguise
poofta | | | +s
batty boy | | | +s
battyman
batty man
bum boy | | | +s
bumboy | | | +s
shirt lifter | | | +s
fudge packer | | | +s
homo | | medium | +s weak
queer | | medium | +s weak
poof | | medium | +s weak
bender | | medium | +s weak
that's so gay | | medium
no homo | | medium

@category transphobic slur
tranny | | | +s disguise
trannie | | | +s
trannies
shemale | | | +s
she male | | | +s
ladyboy | | medium | +s
trap | | low | weak

@category disablist slur
retard | | | +s +ed disguise
tard | | | +s
libtard | | medium | +s
spaz | | | +zes +zy +zed +zing +zer disguise
spazz | | | +es +y +ed
spastic | | | +s
spacker | | | +s
spacka | | | +s
mong | | | +s +ol +oloid +oloids disguise
window licker | | | +s
schizo | | medium | +s
midget | | | +s
cripple | | medium | weak
deaf and dumb | | medium
special needs | | medium | weak

@category ageist slur
coffin dodger | | | +s

@category sexist slur
feminazi | | medium | +s

# the frames in which an ambiguous word above is a slur (fag, dyke, homo, queer, poof, bender, trap, coconut,
# cripple, special needs carry "weak" or "medium" and need one of these, or a second cue, to stand)
(you|you're|ur|u) [a|an|such a|fucking|little|dirty|big] (fag|faggot|dyke|homo|queer|poof|bender|cripple|coconut|trap|spaz|retard|mong|paki)
(is|are|he's|she's|they're|what) (a|an|such a) (fag|dyke|homo|queer|poof|bender|cripple|coconut|retard|spaz|mong)
(dirty|filthy|fucking|bloody|stupid|smelly|thieving) (fag|fags|dyke|dykes|homo|homos|queer|queers|poof|poofs|bender|benders|cripple|cripples|paki|pakis|gypsy|gypsies|immigrant|immigrants|foreigner|foreigners|jew|jews|muslim|muslims|arab|arabs|chink|chinks|romanian|romanians|traveller|travellers|refugee|refugees|asylum seekers)
(you're|ur|u r|you are|you|he's|she's) [so|such a|a|an|proper|right] (retarded|spastic|mongy|spaz|retard|mong|spacker|special needs) | disablist insult | medium
(go|going|went) (full|fully) (retard|spaz) | disablist insult | high

# ---- prejudice without a slur: DISCRIMINATORY only ----
@codes DISCRIMINATORY
@severity high

# The groups, by protected characteristic. Their names alone are never findings.
@class group = disabled (people|person|children|kids|pupils|students|adults|parents|teachers|staff|folk) | the disabled
@class group = deaf (people|person|children|kids|pupils|students|adults) | the deaf | blind (people|children|kids|pupils|students) | the blind
@class group = autistic (people|children|kids|pupils|students|adults) | autistics | autists
@class group = (people|kids|children|pupils|students|those) with (autism|adhd|disabilities|a disability|down syndrome|downs syndrome|down's syndrome|special needs|send|sen|learning difficulties|learning disabilities|cerebral palsy|dyslexia|mental health (problems|issues)|epilepsy|additional needs)
@class group = (sen|send|special needs|special ed|adhd|down's|downs|dyslexic|additional needs) (kids|children|pupils|students|people)
@class group = wheelchair users | (people|kids|children|pupils) in wheelchairs | the mentally ill | mentally ill people | mental people | handicapped (people|children|kids)
@class group = black (people|person|kids|children|families|pupils|students|men|women|parents|teachers|folk) | blacks
@class group = asian (people|kids|children|families|pupils|students|men|women|parents|teachers) | asians
@class group = (white|brown|mixed race|mixed-race|chinese|indian|pakistani|bangladeshi|somali|nigerian|african|caribbean|polish|romanian|eastern european|foreign|immigrant|jewish|muslim|arab|roma|traveller|gypsy|irish|english|scottish|welsh) (people|kids|children|families|pupils|students|men|women|parents|teachers|girls|boys|folk|lot)
@class group = immigrants | foreigners | migrants | refugees | asylum seekers | illegals | poles | romanians | eastern europeans | africans | pakistanis | indians | bangladeshis | somalis | nigerians | arabs | gypsies | travellers | jews | people of colour | ethnic minorities | the chinese | the polish | the irish | whites
@class group = muslims | christians | hindus | sikhs | buddhists | atheists | catholics | protestants | religious people | islam | judaism | christianity
@class group = (muslim|christian|hindu|sikh|catholic|religious) (people|kids|children|families|parents|pupils|students|women|men|girls|boys)
@class group = women | females | ladies | men | males
@class group = (female|male|women|woman|lady) (teachers|teacher|staff|pupils|students|drivers|coaches|referees|managers|heads|headteachers|footballers|players|governors|doctors|scientists|engineers|leaders)
@class group = gays | gay (people|men|women|couples|parents|teachers|kids|families|dads|mums|marriage) | lesbians | lesbian (couples|parents|teachers|mums) | homosexuals | bisexuals | bi people
@class group = (lgbt|lgbtq|lgbtq+|lgbtqia|queer) (people|kids|families|community|teachers|parents) | same sex (couples|parents|marriage) | two mums | two dads
@class group = trans (people|kids|children|women|men|pupils|students|girls|boys|teachers|folk) | transgender (people|kids|children|pupils|students|women|men) | transgenders | transsexuals | non binary (people|kids|pupils)
@class group = old people | the elderly | elderly people | pensioners | older (people|teachers|staff|workers|parents) | old (teachers|staff|women|men|folk) | oaps | boomers
@class group = pregnant (women|teachers|staff|mums|mothers|workers|girls) | (mums|mothers|teachers|women|staff) on maternity [leave] | breastfeeding (mums|mothers|women) | new mums
@class group = married (people|couples|teachers|women) | civil partners | civil partnerships | gay marriage | gay marriages

@class bad = dirty | filthy | lazy | thieves | criminals | terrorists | rapists | paedos | paedophiles | perverts | groomers
@class bad = animals | vermin | scum | parasites | scroungers | benefit scroungers | stupid | thick | inferior | useless
@class bad = a burden | a drain | disgusting | evil | savages | backward | violent | dangerous | unnatural | abnormal | sick
@class bad = diseased | freaks | less intelligent | subhuman | a disease | a plague | unclean | smelly | liars | cheats
@class bad = greedy | a danger | a threat | not fit to (teach|be parents|be teachers|look after children|work with children)
@class bad = not normal | not natural | not human | not real | mentally ill | brainwashed | a cult | a sin | an abomination
@class bad = invading | taking over | ruining everything | the problem | to blame | too emotional | hysterical
@class bad = unemployable | a waste of money | a waste of resources | holding (everyone|everybody|the others|other kids) back

@category prejudice
<group> (are|r|is) {bad}
<group> (belong|belongs) (in|at|with) (a|an|their own|the) (special|separate|different|own) 
<group> (belong|belongs) (in|at) (special|separate|different) (schools|units|classes|homes|places|centres)
<group> (belong|belongs) (in|at) (home|the kitchen|an institution|institutions|a home|care homes|their own country|their own countries)
<group> (don't|do not|shouldn't|should not) belong (in|at|here|with)
<group> (shouldn't|should not|mustn't|must not|can't|cannot|should never) be (allowed|let|permitted) 
<group> should (be banned|be kept|be locked up|be sent|be deported|go back|stay at home|stay in the kitchen|be segregated|be separated|be put down|be sterilised|be removed|not exist|not teach|not be teachers|not be allowed|be taught separately|be in separate)
<group> (shouldn't|should not|can't|cannot|shouldnt) (teach|work|lead|drive|play football|play sport|do maths|do science|be teachers|be teaching|be in charge|be trusted|be around children|work with children|have children|adopt|be parents|marry|get married|be heads|be head teachers)
<group> (aren't|are not|arent) (welcome|wanted|normal|natural|real|human|safe around children|proper)
<group> (spread|carry|bring) (disease|diseases|aids|germs|crime)
<group> (ruin|ruining|ruined|take over|taking over|took over|are taking over|invade|invading|destroy|destroying) (this|our|the) (school|country|area|town|city|community)
<group> (are|r) (taking|stealing|took|stole) (our|all the|the) (jobs|houses|homes|places|school places|benefits)
(ban|ban all|get rid of|get rid of all|kick out|kick out all|deport|deport all|send back|send back all|round up|round up all) <group>
no <group> (allowed|welcome|wanted|please)
(overrun with|overrun by|swamped by|swamped with|infested with|flooded with|invaded by) <group>
too many <group>
<group> (shouldn't|should not|mustn't|must not|can't|cannot) be (in|at|with|taught with|taught in|mixed with|mixing with) (mainstream|normal|our|this|the same|regular|ordinary) (school|schools|classes|class|classrooms|lessons|children|kids|pupils)
<group> should (retire|step aside|step down|make way|be replaced|be got rid of|be sacked|be fired|not be hired|not be employed)
why should (my|our) {child} | | low | weak
(share|sharing|sit|sitting|mix|mixing) (a classroom|a class|classes|a table|a room|lessons|a toilet|toilets|changing rooms|a playground) with <group> | | medium | weak
(i|we) (hate|can't stand|despise|detest|loathe) <group>
(keep|keeping|get) <group> (away|out) 
(don't|do not|dont) want (my|our) {child} (sitting|mixing|playing|sharing|being taught|taught|sat|in a class|to mix|to sit|to play) | | medium | weak
(next to|alongside|with|near|around|by) <group> | | low | weak
go back to (your|their|his|her) [own] (country|countries|home country|homeland|jungle|desert|cave)
go back (home|where (you|they) came from|to where (you|they) came from|to africa|to pakistan|to poland|to your own country)
(send|sending|ship|shipping) (them|em|'em|you|him|her) [all] back
(should|ought to) go back to (their|your) own (country|countries)
(being|is) (gay|trans|transgender|lesbian|bisexual|homosexual) is (wrong|a sin|unnatural|disgusting|sick|a choice|a mental illness|a phase|a disease|evil|an abomination|not normal|not natural)
(gay|trans|transgender|lgbt|lgbtq) [people|kids] (is|are) (wrong|a sin|unnatural|disgusting|sick|a mental illness|a phase|evil|an abomination|not normal|not natural|a disease|mentally ill)
(homosexuality|transgenderism|being gay|being trans) (is|are) (wrong|a sin|unnatural|disgusting|sick|an abomination|a mental illness|a disease|evil|not normal)
(trans women|trans girls|transwomen) (are not|aren't|arent|will never be) [real] (women|girls)
(trans men|trans boys|transmen) (are not|aren't|arent|will never be) [real] (men|boys)
(women|girls|she|female teachers|women teachers) (belong|should stay|should be) (in the kitchen|at home|barefoot|home)
get back (in|to|into) the kitchen
make me a sandwich | | medium
(too old|far too old|way too old) to (teach|work|be a teacher|be teaching|be a head|be working|understand)
(girls|women|females) (can't|cannot|shouldn't|should not) (play football|play rugby|play cricket|do maths|do science|drive|lead|be engineers|be scientists|be leaders|be in charge|be referees)
(girls|women|females) (are|r) (rubbish|useless|bad|terrible|hopeless|crap) at (football|maths|science|sport|sports|driving|leading)
(boys|men) (don't|do not|shouldn't|should not) (cry|dance|do ballet|wear pink|play with dolls)
(girls|boys) (shouldn't|should not|mustn't|must not|can't|cannot|should never) be (allowed|let|permitted) to (play|do|join|wear|be|take|learn|lead|go)
(girls|boys) (belong|belongs|should stay|should be) (in the kitchen|at home)
(like a girl) | | low | weak
(pregnant|expecting) (women|teachers|staff|mums|mothers) (shouldn't|should not|can't|cannot) (teach|work|be (teaching|working|employed|hired|allowed))
(shouldn't|should not) (employ|hire|have|let) (pregnant|disabled|deaf|blind|old|older|gay|trans|muslim|black|female|women) (teachers|staff|people|women|men)
(disabled|deaf|blind|autistic|sen|send|special needs) (kids|children|pupils|people) (should|ought to) (be|go|stay) (in|at|to) [a] (special|separate|different) (school|schools|unit|units|class|classes|home)
(gay marriage|same sex marriage|civil partnerships|gay marriages) (is|are) (wrong|a sin|unnatural|not real marriage|not a real marriage|disgusting|not real|fake)
(the holocaust|holocaust) (never happened|didn't happen|did not happen|is a hoax|was a hoax|is a lie|was a lie|is made up|was made up|is exaggerated|was exaggerated) | antisemitism | high | noedu
(hitler|the holocaust) (was|were|had) (right|a good thing|the right idea|a good idea) | antisemitism | high | noedu
gas the (jews|muslims|gays) | antisemitism | high | noedu
(jews|the jews|zionists) (control|run|own) (the|everything|the world|the media|the banks|the government)
