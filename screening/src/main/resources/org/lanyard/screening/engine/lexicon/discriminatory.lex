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
poof | | medium | weak
poofs | | medium
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
# a crowd of them: "pair of poofs", "bunch of queers" ("a pack of fags" is cigarettes, so fags are left out)
(pair|bunch|couple|load|lot|pack|gang|set|band|nest|group|family) of (poofs|queers|homos|dykes|benders|cripples|spazzes|spastics|mongs|retards|pakis|trannies|lezzas|lesbos)
(those|them|you) (queers|homos|cripples)
(is|'s|are|'re|was|looks|look|sounds|that's) (so|well|proper|dead|totally|such a) gay | homophobic insult | medium
(you're|ur|you are|you) (so|well|proper|dead|totally|such a) gay | homophobic insult | medium

# ---- prejudice without a slur: DISCRIMINATORY only ----
@codes DISCRIMINATORY
@severity high

# ---- prejudice without a slur: DISCRIMINATORY only ----
@codes DISCRIMINATORY
@severity high

# A prejudice frame needs BOTH a group named by a protected characteristic (the <group> classes below) AND a negative
# generalisation about it (the frame around the slot). The names of groups alone are never findings, and neither are
# neutral or positive frames ("Muslim families celebrating Eid", "two mums volunteered", "girls' football team won",
# "disabled pupils should be allowed extra time", "maternity cover for Mrs X").

# ---- the groups ----
# the people a characteristic is said of: "Polish families", "deaf kids", "older mums", "gay teachers"
@class who = people | person | kids | children | pupils | students | families | parents | mums | mothers | dads
@class who = fathers | men | women | girls | boys | folk | adults | teachers | staff | workers | volunteers | governors
@class who = neighbours | couples | ones | lads | blokes | ladies | grandparents | carers | drivers | lot | community
@class who = builders | cleaners | shopkeepers | taxi drivers | doctors | nurses | heads | mps | councillors | gangs | youths
@class who-adult = people | parents | mums | mothers | dads | fathers | men | women | folk | adults | teachers | staff
@class who-adult = workers | volunteers | governors | couples | ladies | blokes | drivers | carers | heads | employees
# national origins that are also school subjects and languages: "French teachers" teach French, so not with teachers
@class who-no-teacher = people | person | kids | children | pupils | students | families | parents | mums | mothers
@class who-no-teacher = dads | men | women | girls | boys | folk | adults | workers | neighbours | lads | ones
@class who-no-teacher = builders | cleaners | shopkeepers | taxi drivers | drivers | gangs | youths | lot

# one person said to stand for all: "I wouldn't trust a Muslim teacher"
@class who-one = person | kid | child | pupil | student | family | parent | mum | mother | dad | father | man | woman
@class who-one = girl | boy | teacher | lad | bloke | lady | neighbour | governor | volunteer | driver | worker

# disability
@class adj-disability = disabled | deaf | blind | autistic | dyslexic | dyspraxic | handicapped | sen | send | special needs
@class adj-disability = special ed | special educational needs | adhd | down's | downs | down syndrome | down's syndrome
@class adj-disability = additional needs | learning disabled | mentally ill | mentally disabled | mentally handicapped
@class adj-disability = mental | wheelchair bound | partially sighted | visually impaired | hearing impaired | epileptic
@class adj-disability = neurodivergent
@class grp-core = {adj-disability} {who} | (a|an|any) {adj-disability} {who-one}
@class grp-core = the disabled | the deaf | the blind | the handicapped | the mentally ill | autistics | autists | wheelchair users | cripples
@class grp-core = {who} with (autism|adhd|disabilities|a disability|down syndrome|downs syndrome|down's syndrome|special needs|send|sen|ehcps|an ehcp|learning difficulties|learning disabilities|cerebral palsy|dyslexia|dyspraxia|tourettes|tourette's|mental health (problems|issues)|mental illness|epilepsy|additional needs|hearing aids|a stammer|a stutter|a wheelchair|wheelchairs|one arm|no legs)
@class grp-core = {who} in (wheelchairs|a wheelchair)
# race, colour, nationality, ethnic or national origin
@class adj-race = white | black | brown | asian | mixed race | mixed-race | ethnic | ethnic minority | bame | bme
@class adj-race = non white | non-white | coloured | roma | romany | traveller | travellers | gypsy | gypsies | jewish
@class adj-race = arab | african | caribbean | west indian | eastern european | foreign | immigrant | immigrants
@class adj-race = migrant | refugee | asylum seeking | asylum seeker | pakistani | bangladeshi | indian | somali
@class adj-race = nigerian | ghanaian | jamaican | romanian | bulgarian | lithuanian | latvian | albanian | ukrainian
@class adj-race = turkish | kurdish | syrian | afghan | iraqi | iranian | nepalese | sri lankan | filipino | vietnamese
@class adj-race = korean | eal | non english speaking
@class adj-nation = english | british | scottish | welsh | irish | polish | french | german | spanish | italian
@class adj-nation = portuguese | chinese | japanese | russian
@class grp-core = {adj-race} {who} | (a|an|any) ({adj-race}|{adj-nation}) {who-one}
@class grp-core = {adj-nation} {who-no-teacher}
@class grp-core = immigrants | foreigners | migrants | refugees | asylum seekers | illegals | illegal immigrants | economic migrants
@class grp-core = poles | romanians | bulgarians | albanians | lithuanians | eastern europeans | africans | pakistanis | indians
@class grp-core = bangladeshis | somalis | nigerians | arabs | afghans | syrians | turks | kurds | gypsies | travellers | roma
@class grp-core = jews | the jews | people of colour | ethnic minorities | the chinese | the polish | the irish | the scots
@class grp-core = the welsh | the english | the french | whites | blacks | asians | coloureds | foreign nationals
# religion or belief
@class adj-religion = muslim | islamic | christian | hindu | sikh | catholic | protestant | religious | buddhist
@class adj-religion = atheist | orthodox jewish | evangelical | pagan | mormon | jehovah's witness | church going
@class adj-religion = church-going
@class grp-core = {adj-religion} {who} | (a|an|any) {adj-religion} {who-one}
@class grp-core = muslims | christians | hindus | sikhs | buddhists | atheists | catholics | protestants | mormons | pagans
@class grp-core = jehovah's witnesses | religious people | believers | non believers | islam | judaism | christianity
@class grp-core = hinduism | sikhism | buddhism | catholicism
@class grp-core = {who} who (pray|pray five times a day|go to mosque|go to the mosque|go to church|go to synagogue|go to temple|go to the gurdwara|observe ramadan|fast for ramadan|keep kosher|eat halal|believe in god|wear (a|the) (hijab|headscarf|burka|burqa|niqab|veil|turban|kippah|cross)|wear (hijabs|headscarves|burkas|burqas|niqabs|veils|turbans))
@class grp-core = (women|girls|mums|mothers|ladies) in (hijabs|headscarves|burkas|burqas|niqabs|veils) | (men|boys) in turbans
@class grp-core = (a|any) (woman|girl|mum|mother|lady) in a (hijab|headscarf|burka|burqa|niqab|veil) | (a|any) (man|boy) in a turban
# sex (the bare family words mums, dads, mothers and fathers are in <group> only, see below)
@class grp-core = women | females | ladies | men | males | wives | husbands | blokes
@class grp-core = (female|male|women|woman|lady|men|man) (teachers|teacher|staff|pupils|students|drivers|coaches|referees|managers|heads|headteachers|head teachers|footballers|players|governors|doctors|scientists|engineers|leaders|bosses|nurses|nursery workers|nursery nurses|nursery staff|teaching assistants|dinner ladies|caretakers|nannies|carers|volunteers|staff members)
@class grp-core = a (woman|female|man|male)
@class grp-core = (a|an|any) (muslim|sikh|hindu|jew|christian|catholic|atheist|buddhist|gay|lesbian|immigrant|foreigner|refugee|migrant|traveller|gypsy|pakistani|indian|african|asian|pensioner|transgender|trans person|tranny)
@class grp-core = (girls|boys|men|women) (who|that) (play|do|like|love|wear) (football|rugby|ballet|dance|dancing|netball|gymnastics|pink|dresses|makeup|make up|dolls)
# sexual orientation
@class grp-core = gays | the gays | lesbians | homosexuals | bisexuals | bi people | homosexuality | gay marriage | gay marriages
@class grp-core = (gay|lesbian|bisexual|homosexual) {who} | (a|an|any) (gay|lesbian|bisexual|homosexual) {who-one} | (lgbt|lgbtq|lgbtq+|lgbtqia|lgbtqia+|queer) (people|kids|families|community|teachers|parents|couples|staff|pupils)
@class grp-core = (same sex|same-sex) (couples|parents|families|marriage|marriages) | two (mums|mothers|dads|fathers)
@class grp-core = the (gay|lgbt|lgbtq) community
# gender reassignment
@class grp-core = (trans|transgender|transsexual|non binary|non-binary|nonbinary) {who} | (a|an|any) (trans|transgender|non binary|non-binary) {who-one} | transgenders | transsexuals
@class grp-core = transwomen | transmen | trans women | trans men | trans girls | trans boys
@class grp-core = (a|any) (man|bloke|boy|guy) in a (dress|skirt|wig) | (men|blokes|boys) in (dresses|skirts|wigs)
@class grp-core = (men|blokes|boys) (who|that) (think|say|pretend|claim) (they're|they are) (women|girls) | (women|girls) (who|that) (think|say|pretend|claim) (they're|they are) (men|boys)
# age
@class grp-core = (old|older|elderly|aged|ageing|aging|middle aged|middle-aged|geriatric|retired|young|younger|teenage) {who-adult}
@class grp-core = old people | the elderly | the old | pensioners | oaps | boomers | baby boomers | old folk | oldies
@class grp-core = old timers | the over (50s|60s|65s|70s|80s) | over (50s|60s|65s|70s|80s) | millennials | the young
@class grp-core = (teachers|staff|people|parents|volunteers|workers|women|men|mums|dads|governors|heads|anyone|grandparents|drivers) (over|past|in their) (40|45|50|55|60|65|70|75|80|forty|fifty|sixty|seventy|eighty|40s|50s|60s|70s|80s|fifties|sixties|seventies|eighties)
@class grp-core = {who-adult} (straight|fresh|just) out of (university|uni|college|school|training)
# pregnancy and maternity
@class grp-core = pregnant {who-adult} | pregnant (woman|women|girls|teacher|mum|mother) | expectant (mums|mothers|women|parents)
@class grp-core = (mums|mothers|teachers|women|staff) on (maternity|mat) [leave] | breastfeeding (mums|mothers|women) | nursing mothers
@class grp-core = new (mums|mothers) | (mums|mothers) to be | (women|mums|mothers) who (breastfeed|are pregnant) | breastfeeding [in public]
# marriage and civil partnership
@class grp-core = married {who-adult} | (a|the) married (woman|man|mum|mother|teacher) | civil partners | civil partnerships | couples in civil partnerships

# <group>: everyone above, and the bare family words, which a sentence may generalise about ("Mothers shouldn't be
# breastfeeding at the fair") but which also name the parents of a class ("I'm sick of mums parking on the zigzags"),
# so they stand only in the subject frames below, never after "hate", "ban", "sick of" and the like (<grp-core>).
@class group = {grp-core} | mums | mothers | dads | fathers
# girls and boys: schools talk about them all the time, with rules ("Boys shouldn't be wearing earrings for PE") and
# single-sex lessons, so they stand only in the sex-stereotype frames ("girls can't play football").
@class kids-sex = girls | boys | little girls | little boys | young girls | young boys | (all|the) (girls|boys)
@class anyone = {group} | {kids-sex}

# ---- the negative generalisations ----
@class adv = always | all | just | only | mostly | usually | generally | naturally | basically | simply | clearly
@class adv = obviously | inherently | genuinely | probably | definitely | ever | only ever | all just | these days
@class adv = nowadays | honestly | really | all so | so | too | typically | by nature | biologically | genetically
@class adv = all basically | all really | still | never going to be

@class bad = dirty | filthy | lazy | thieves | criminals | terrorists | rapists | paedos | paedophiles | perverts | groomers
@class bad = animals | vermin | scum | parasites | scroungers | benefit scroungers | stupid | thick | inferior | useless
@class bad = a burden | a drain | disgusting | evil | savages | backward | violent | dangerous | unnatural | abnormal | sick
@class bad = diseased | freaks | less intelligent | subhuman | a disease | a plague | unclean | smelly | liars | cheats
@class bad = greedy | a danger | a threat | not fit to (teach|be parents|be teachers|look after children|work with children)
@class bad = not normal | not natural | not human | not real | mentally ill | brainwashed | a cult | a sin | an abomination
@class bad = invading | taking over | ruining everything | the problem | to blame | too emotional | hysterical
@class bad = unemployable | a waste of money | a waste of resources | holding (everyone|everybody|the others|other kids) back
@class bad = extremists | fanatics | barbaric | primitive | uncivilised | uneducated | ignorant | backwards | a bad influence
@class bad = bad influences | trouble | troublemakers | a nuisance | a liability | a problem | a menace | a risk to (children|kids)
@class bad = a danger to (children|kids|society) | not safe around (children|kids) | unsafe around (children|kids)
@class bad = predators | predatory | deviants | degenerates | immoral | sinful | confused | delusional | attention seekers
@class bad = faking it | making it up | irrational | weak | too weak | too soft | fragile | hormonal | nags | gold diggers
@class bad = bad drivers | past it | over the hill | past their best | out of touch | dinosaurs | senile | doddery
@class bad = too old | too slow | set in their ways | stuck in the past | behind the times | a drain on resources
@class bad = a waste of time | a waste of space | worthless | leeches | spongers | freeloaders | benefit cheats | thugs
@class bad = gangsters | drug dealers | money grabbing | money-grabbing | tight | not to be trusted | untrustworthy
@class bad = all the same | all alike | second class | second-class | not one of us | not like us | the enemy | a joke
@class bad = incapable | not capable | not up to it | not up to the job | not cut out for | not suited to | unfit
@class bad = a distraction | disruptive | a disruption | a pain | a nightmare | a waste of a (place|job|salary)
@class bad = (less|not as) (intelligent|clever|able|capable|bright|good|strong|hard working|hardworking)
@class bad = naughty | badly behaved | badly brought up | spoilt | feral | out of control | the real problem
@class bad = hypocrites | bigots | sheep | deluded | nutters | weird | weirdos | creepy | creeps | butch | sissies | wimps
@class bad = robots | zombies | bossy | bitchy | catty | moody | shrill | nagging | the real enemy | a laughing stock
@class bad = more (aggressive|violent|dangerous|likely to (steal|lie|cheat|commit crime|cause trouble|be criminals)) | naughtier
@class bad = worse behaved | lazier | thicker | dirtier | smellier | stupider | drunks | alcoholics | skivers | workshy
@class bad = work shy | a risk | a fire risk | a safeguarding risk | a health and safety risk | a security risk | a hazard
@class bad = (damaging|harming|confusing|ruining|messing up) (their|the|our) (children|kids) | bad for (children|kids|the children|the kids)
@class bad = being brainwashed | being groomed | being indoctrinated | (always|forever|constantly) off sick
@class bad = on a long holiday | on a jolly | scrounging | on the fiddle
@class bad = the reason (standards|results|grades|the school|the area|the country|everything) (have|has|is|are) (dropped|fallen|gone down|falling|failing|declined|worse|bad|rubbish|going downhill)
@class bad = why (standards|results|grades|the school|the area|the country|everything) (have|has|is|are) (dropped|fallen|gone down|falling|failing|declined|worse|bad|rubbish|going downhill|gone downhill)

# after can't / cannot / will never: what a group is said to be incapable of
@class cannot = be trusted | be proper | be real | be good (teachers|parents|mums|dads|leaders|role models|heads)
@class cannot = teach | lead | run (a school|a class|a classroom|schools|things|anything) | drive | manage | do maths
@class cannot = do science | do (the|their|a) job | do it properly | keep up | control (a|the|their) (class|classes|kids|children|temper|tempers) | handle (a|the) class
@class cannot = parent | (raise|bring up|look after) (children|kids|a child|a kid|a family|a baby|babies) | be teachers
@class cannot = be parents | be mums | be dads | be leaders | be in charge | be heads | be british | be english
@class cannot = integrate | fit in | be bothered | be relied on | be relied upon | be believed | be taken seriously
@class cannot = even speak english | even speak proper english | speak proper english
# after shouldn't / mustn't / should never: what a group is said to have no place doing
@class should-not = {cannot} | be allowed | be let | be permitted | be given | be employed | be hired | be promoted
@class should-not = be put in charge | be anywhere near | be left with | be left alone with | be alone with
@class should-not = be (near|around|with) (children|kids|our kids|my kids|young children|little ones|pupils|little children|vulnerable children)
@class should-not = be in (mainstream|our school|this school|our schools|a normal school|normal schools|normal classes|regular classes|the same class|the same classes|the same school|schools|charge|nursery|reception|early years|the classroom|classrooms|this country|the country|britain|england|positions of)
@class should-not = be welcome | be welcomed | be accepted | be teachers | be teaching | be working | be running
@class should-not = be leading | be having | be breastfeeding | be feeding | be volunteering | be helping | be coaching
@class should-not = be driving | be mixing | be adopting | be marrying | be looking after | be caring for
@class should-not = be governors | be heads | be head teachers | be headteachers | be role models
@class should-not = be given jobs | get jobs | get married
@class should-not = work | adopt | marry | have children | have kids | have babies | volunteer | coach | referee
@class should-not = mix | look after | raise | bring up | vote | govern | come here | live here | be here | breed
@class should-not = sit with | sit next to | work with children | work with kids | teach children | teach kids
@class should-not = be a (teacher|head|head teacher|headteacher|governor|leader|parent|mum|dad|role model|pe teacher|nursery nurse) | be (pe|form|class|nursery|reception|primary|sports|early years) (teachers|teacher) | exist | count as (marriage|a marriage|married|real|proper|a family|families|women|men|a woman|a man)
# after should / must / need to: where a group is told to go or what is to be done to it
@class should-do = go back | go back home | be sent (back|home|away) | be deported | be kicked out | be thrown out
@class should-do = be kept (out|away|apart|separate|at home|in their place|off|separately|away from) | keep (out|away)
@class should-do = stay (out|away|at home|in the kitchen|in their own|off|indoors|with their own|out of) | keep off
@class should-do = be banned | be barred | be excluded | be removed | be segregated | be separated | be taught separately
@class should-do = be taught (at home|elsewhere|in separate|apart) | be in (separate|special|their own|a special|a separate)
@class should-do = go to (special|separate|their own|a special|a separate) | be locked up | be put away | be put down
@class should-do = be sterilised | be locked away | be institutionalised | be in an institution | be in a home
@class should-do = know their place | learn their place | stick to their own | stick with their own | stay with their own | keep to themselves
@class should-do = retire | be made to retire | be forced to retire | be pensioned off | be put out to pasture
@class should-do = step aside | step down | make way | be replaced | be sacked | be fired | be got rid of | be culled
@class should-do = not be (allowed|let|employed|hired|teachers|teaching|working|in charge|parents|adopting|trusted)
@class should-do = never be (allowed|let|employed|hired|teachers|trusted|in charge) | not exist | be grateful
@class should-do = be (watched|monitored|vetted|registered|searched) | be made to (leave|stop|go)
@class should-do = be in (a|an) (mental home|mental hospital|asylum|loony bin|nuthouse|madhouse|special home|special unit|special school|unit|institution|home) | cover up | cover themselves up | be stopped | be ashamed | be ashamed of themselves | go home
# whom a group is said to hold back or drag down
@class victims = everyone | everybody | the class | the whole class | the rest | the rest of the class | the others
@class victims = the other (kids|children|pupils) | other (kids|children|pupils) | normal (kids|children|pupils)
@class victims = our (kids|children|school|schools|class|country|area) | my (child|son|daughter|kid) | us | the school
@class victims = standards | the standards | results | the results | test results | the test results | sats results
@class victims = the grades | grades | the average | scores | the scores | the area | the neighbourhood | the tone
@class victims = house prices | the learning | learning | lessons | the lessons | everything | the country | them
@class victims = our (results|sats results|test results|grades|scores|standards|league table position|ofsted rating)

@category prejudice
# generalisations: "X are (all) Y"
<group> (are|r|is|'re) [<adv>] {bad}
<group> (are|r|is) [<adv>] (worse|rubbish|useless|hopeless|no good|bad|terrible|crap|weaker|slower|poor|not as good|not good|less able) at
<group> (are|r|is) [<adv>] (naturally|inherently|biologically|genetically) (worse|weaker|slower|inferior|less|stupider|thicker|lazier)
@class not-one = one of us | from here | welcome | wanted | normal | natural | real | proper | human | women | woman | men
@class not-one = man | girls | girl | boys | boy | mums | mum | mothers | mother | dads | dad | fathers | father | parents
@class not-one = parent | family | families | marriage | marriages | married | couple | couples | citizens | british
@class not-one = scottish | welsh | irish
<group> (aren't|isn't|ain't|will never be|can never be|'ll never be|won't ever be|can't be|are never|is never) [a|an] [proper|real|normal|natural|true|right|genuine] {not-one}
<group> (aren't|isn't|ain't|will never be|can never be|'ll never be|can't be) (really|properly|truly|actually|proper|real) (british|english|scottish|welsh|irish|disabled|deaf|christians|christian|muslims|muslim|jews|jewish|women|men|a woman|a man|mums|parents|married|families|a family)
# exclusion: "X shouldn't / can't ...", "X should be kept out"
<group> (shouldn't|should not|shouldnt|mustn't|must not|should never|ought not to|oughtn't|have no right to|has no right to|have no business|has no business|don't deserve to|do not deserve to) [<adv>] <should-not>
<group> [who|that] (can't|cannot|cant|can never|will never|won't ever|'ll never) [<adv>] <cannot>
<group> [who|that] (can barely|can hardly|barely|hardly|can't even|cannot even|don't even|do not even) (speak|speaks|understand|understands) [a word of] english
<group> (should|must|need to|needs to|ought to|should just|should all|'d better|had better|have to|should be made to) <should-do>
<group> (have|has) no place (in|at|here|near)
<group> (need|needs|should have|should get) their own (school|schools|class|classes|unit|units)
(should|ought to|need to|needs to) (go to|be in|be at|be sent to|attend) (their own|a separate|separate|a special|special|different) (school|schools|class|classes|unit|units) | | medium | weak
# harm: "X hold everyone back", "X bring trouble", "X only look after their own"
<group> [<adv>] [are|r|is|'re] (hold|holds|holding|drag|drags|dragging|bring|brings|bringing|pull|pulls|pulling|slow|slows|slowing|keep|keeps|keeping) <victims> [else|all] (back|down)
<group> [<adv>] [are|r|is] (bring|brings|bringing|cause|causes|causing|start|starts|mean|means|attract|attracts|spread|spreads|carry|carries) (trouble|problems|crime|drugs|gangs|violence|disease|diseases|germs|nits|lice|fleas|chaos|fights|knives|stabbings|terrorism|aids|hiv|covid)
<group> (only|only ever|just|always) (look after|looks after|help|helps|care about|cares about|care for|cares for|employ|employs|hire|hires|stick up for|sticks up for|marry|marries|trust|trusts|vote for|votes for|think about|thinks about) (their own|each other|themselves)
<group> [<adv>] (never|don't|do not|won't|will not|refuse to|can't be bothered to|cant be bothered to|don't even|never even|don't want to|do not want to) (bother|care|integrate|fit in|make an effort|make any effort|wash|pay tax|pay taxes|pay their way|contribute|respect|value education|want to work|learn english|speak english|belong|pull their weight)
<group> [<adv>] never (come|comes|turn up|turns up|show up|shows up|help|helps|pay|pays|join in|joins in|bother|bothers|engage|engages|come to|show their faces)
<group> [are|r|is] always (complaining|moaning|whinging|whining|playing the victim|playing the race card|causing trouble|kicking off|fighting|stealing|lying|begging|scrounging|expecting|demanding|wanting special treatment|getting special treatment|getting everything|getting away with|complain|moan|whinge|play the victim|play the race card|cause trouble|kick off|steal|lie|beg|scrounge|expect|demand|want special treatment|get special treatment|get everything|get away with)
<group> [<adv>] [are|r|is] (get|gets|getting|receive|receives|want|wants|expect|expects|demand|demands) (special treatment|preferential treatment|all the attention|all the help|all the funding|all the money|all the resources|everything handed to them|everything for free|free stuff|free houses|free everything|handouts|more than us|more than everyone else|away with everything|away with murder)
<group> [<adv>] [are|r|is] (taking|take|takes|stealing|steal|steals|took|stole|taking up|take up|takes up|hogging|hog|hogs) [all|all of] (our|the|all the|all our|the best|the teacher's|the teachers|teachers|the staff's) (jobs|houses|homes|places|school places|benefits|resources|money|funding|attention|teacher's time|teachers time|council houses)
<group> (stink|stinks|reek|reeks)
<group> [<adv>] (cheat|cheats|play|plays|milk|milks|abuse|abuses|work|works|fiddle|fiddles) the system
<group> [<adv>] (make|makes) [<adv>] (terrible|bad|rubbish|useless|awful|poor|crap|lousy|hopeless|dreadful) (teachers|heads|head teachers|headteachers|leaders|parents|mums|dads|drivers|managers|bosses|governors|referees|coaches|role models|carers)
<group> [<adv>] (don't|do not|won't|will not|never|refuse to) mix
(trans girls|trans women|transwomen|transgender women|transgender girls) (are|r) [<adv>] (boys|men|blokes|male|biological males|biologically male|really men|really boys)
(trans boys|trans men|transmen|transgender men|transgender boys) (are|r) [<adv>] (girls|women|female|biological females|biologically female|really women|really girls)
(taught|looked after|coached|supervised|cared for|changed|taught pe) by [a|an] <grp-core> | | medium | weak
(not having|don't want|won't have|refuse to have|wouldn't want|won't let|will not have|not letting) (my|our) {child} | | low | weak
<group> [<adv>] (treat|treats) (women|their women|their wives|their wife|girls|their daughters|their kids|their children|animals) (like dirt|like slaves|like property|like rubbish|like animals|like servants|badly|appallingly)
<group> (have|has) [got] no (morals|values|respect|manners|shame|self control|self-control|discipline|brains|culture|loyalty|standards|common sense)
<group> (don't|do not|doesn't|does not|shouldn't|should not) count
only <grp-core> (should|can|are allowed to|ought to) (be|teach|work|lead|run|adopt|marry|join|get|have)
(wasting|waste|wasted|wastes) (money|time|resources|funding|our money|taxpayers money|taxpayers' money|public money) on <grp-core>
why [would you|would they|did they|do they|does the school|did the school|would anyone|would the school|on earth] (give|hire|employ|appoint|promote|pick|choose|take on) [the job to|the role to|the post to|a job to|the class to] [a|an] <grp-core>
(come|coming|came|comes) over here [and|to] (taking|take|takes|stealing|steal|scrounging|scrounge|claiming|claim|sponging|sponge|living off|live off)
(raised|brought up|being raised|being brought up) by <grp-core> (will be|are|end up|turn out|grow up|will end up|will turn out|will grow up) [<adv>] (confused|messed up|damaged|screwed up|gay|troubled|disturbed|weird|abnormal|bullied)
(got|get|gets|getting) pregnant (to|just to|so she can|so they can|so she could) (get out of|avoid|skive|get time off|get maternity|get benefits|get a council house|jump the queue)
(get|hire|find|employ|appoint) (someone|somebody|a) younger
(he's|she's|he is|she is|they're|they are) (past it|over the hill|a dinosaur|senile|doddery|an old fossil|a fossil) | ageist | medium
(being|is) (bisexual|bi|non binary|non-binary|nonbinary|queer|pansexual|asexual) is [<adv>] (greedy|confused|a phase|attention seeking|made up|a trend|a fad|fake|not real|nonsense|wrong|a sin|unnatural|disgusting|sick)
(non binary|non-binary|nonbinary|transgenderism|gender identity|being trans|being non binary|gender fluid|genderfluid|being gender fluid) (is|are) [<adv>] (made up|nonsense|rubbish|a fad|a trend|a phase|fake|not real|a lie|a mental illness|a delusion|an illness|attention seeking|woke nonsense|made up nonsense)
(was|were) born a (boy|girl|man|woman|male|female) (and|so) | | low | weak
(will|'ll|is going to) always be a (boy|girl|man|woman|male|female|bloke) | | low | weak
another (<grp-core>|{adj-race}|{adj-nation}|{adj-religion}|{adj-disability}|gay|lesbian|trans|pregnant|female|woman|old) [{who-one}|head|headteacher] | | low | weak
(this|the) country (has gone|is going|'s gone|is gone) (mad|to the dogs|to pot|crazy) | | low | weak
(they'll|they will|will) never amount to anything | | low | weak
<group> [<adv>] (steal|steals|nick|nicks|rob|robs|pinch|pinches|thieve) (everything|anything|bikes|cars|stuff|things|from|our|jobs|whatever)
<group> [<adv>] (only|just|always) (care about|cares about|think about|thinks about|want|wants|are interested in|are obsessed with|love|loves|are after) (money|themselves|our money|benefits|handouts)
<group> (control|controls|run|runs|own|owns) (the world|the media|the banks|the government|everything|hollywood|the country|the council)
<group> [<adv>] [are|r|is|'re] (hold|holds|holding|drag|drags|dragging|bring|brings|bringing|pull|pulls|pulling|slow|slows|slowing) (back|down) <victims>
<group> (smell|smells) (of curry|of garlic|of fish|of onions|bad|horrible|awful|disgusting|funny|foreign)
<group> [<adv>] [are|r|is|'re] (disrupt|disrupts|disrupting|ruin|ruins|ruining) (it for|lessons|the class|the lessons|learning|everyone's learning|things for|the school for) [everyone|everybody|the others|the rest|other kids|other children]

# sex: girls and boys, only in stereotype frames
<kids-sex> (can't|cannot|shouldn't|should not|aren't meant to|aren't supposed to|are not meant to|mustn't) (play|do) (football|rugby|cricket|maths|science|engineering|coding|computing|boxing|sport|sports|pe|ballet|dance|dancing|netball|gymnastics|cooking|sewing)
<kids-sex> (can't|cannot|shouldn't|should not|mustn't|don't|do not) (lead|be leaders|be engineers|be scientists|be in charge|be referees|be captain|be captains|cry|dance|wear pink|play with dolls|show emotions|be nurses)
<kids-sex> (are|r|is) [<adv>] (worse|rubbish|useless|hopeless|no good|bad|terrible|crap|weaker|slower|not as good) at
<kids-sex> (are|r) [<adv>] (naturally|inherently|biologically|genetically) (better|worse|weaker|smarter|cleverer|stronger|inferior|superior|more intelligent|less intelligent)
<kids-sex> (are|r) [<adv>] (inferior|too emotional|hysterical|too weak|less intelligent|less able|not as clever|not as intelligent|not as strong)
<kids-sex> (should|must|need to|ought to) (stay|keep) (off|away from|out of) [the] (football|rugby|cricket|computers|science|maths|kitchen|football pitch|rugby pitch)
<kids-sex> (should|must|need to|ought to) (stick to|stay in) (netball|dance|dancing|ballet|dolls|cooking|the kitchen|sewing|football|rugby)
(it's|its|it is|that's|thats|football is|football's|rugby is|cricket is|maths is|science is|engineering is|coding is|computing is|boxing is|sport is|that is|netball is|ballet is|dance is) (a|only a|just a) (boys|boy's|man's|mans|men's|mens|lads|bloke's|girls|girl's|girlie|girly|woman's|women's|womens) (game|sport|job|subject|thing|world|activity|hobby)
(football|rugby|cricket|maths|science|engineering|coding|computing|boxing|sport|sports|pe|ballet|dance|dancing|netball|gymnastics|cooking|sewing|knitting|nursing|childcare|teaching|cheerleading|makeup|dolls|pink|leadership) (is|are) (only|just|strictly|meant) for (boys|girls|men|women|lads|ladies)
(woman's|womans|women's|womens|mother's|mum's|wife's|wives|girl's|woman) place is (at home|in the home|in the kitchen|with her children|with the children|with the kids|with her kids|behind the sink|at the sink|not (at work|in work|in charge|in a school|running a school|in the boardroom|in the classroom|on a football pitch|on the pitch))
(typical|bloody) (woman|women) (driver|drivers)
# religion
@class religion = islam | judaism | christianity | hinduism | sikhism | buddhism | catholicism | their religion | their faith
@class religion = the muslim religion | the jewish religion | the muslim faith | the jewish faith | sharia | sharia law
<religion> (is|'s) [<adv>] (a|an) [<adv>] (violent|evil|dangerous|backward|backwards|hateful|sick|twisted|false|fake|made up|primitive|barbaric|intolerant|oppressive|terrorist|extremist|medieval|nasty|vile|stupid|warlike) (religion|faith|cult|ideology|belief|belief system)
<religion> (is|'s) [<adv>] (a|the) religion of (hate|violence|war|terror|death|the sword|hatred|terrorists|paedophiles)
<religion> (is|'s) [<adv>] (evil|a cult|a death cult|a disease|a cancer|a virus|a threat|a danger|dangerous|violent|backward|oppressive|barbaric|incompatible with (british|our) values|not compatible with (british|our) values)
(hijab|hijabs|headscarf|headscarves|burka|burkas|burqa|burqas|niqab|niqabs|turban|turbans|veil|veils|kippah|kippahs) (should be banned|shouldn't be allowed|should not be allowed|have no place|has no place|are oppressive|is oppressive|are a security risk|are creepy|are scary|are sinister)
(ban|banning|get rid of) the (hijab|headscarf|burka|burqa|niqab|veil|turban|kippah)
# gender reassignment and sexual orientation
(just|only|nothing but|still|really|basically) a (man|bloke|guy|boy|lad) in a (dress|skirt|wig|frock)
(kids|children|a child|every child|every kid|they) (need|needs|deserve|deserves|should have|ought to have) a (mum|mother) and a (dad|father)
(turn|turning|turns|make|making|makes) (kids|children|them|my son|my daughter|our kids|pupils|our children|the kids|the children) (gay|trans|lesbian|queer)
(gay|trans|lgbt|lgbtq|homosexual|transgender) (agenda|propaganda|ideology|brainwashing|indoctrination|nonsense|rubbish|lobby)
(shoving|ramming|forcing|pushing) (it|homosexuality|gay stuff|trans stuff|their lifestyle|this lifestyle|their agenda|their ideology) down (our|my|the kids|kids|children's|our kids|our children's|people's|everyone's) throats
# pregnancy and maternity
(disappear|disappears|disappearing|swan off|swans off|swanning off|bugger off|clear off|vanish|vanishes) on (maternity|mat) [leave]
(only|just|always|inevitably|probably) (go|going|goes) off on (maternity|mat) [leave]
(only|just|always) (get|go and get|end up) pregnant
breastfeeding (in public|at school|at the fair|in front of (children|kids|everyone)) (is|should be|looks) (disgusting|gross|wrong|indecent|banned|not allowed|done at home|kept private|hidden|vile)
(should|shouldn't|should not) (breastfeed|be breastfeeding) (at home|in private|in the toilets)
# race and nationality
whatever (their|his|her) (passport|passports) (say|says)
(this|our|the) country is (full|overrun|being overrun|being invaded|being taken over|going to the dogs)
(i'm|im|i am|i'm really) not (racist|a racist|sexist|homophobic|transphobic|ableist|prejudiced|islamophobic|antisemitic|ageist|bigoted|a bigot) but
(it's|its|it is|that's|thats) [just|all] (a cultural thing|their culture|in their blood|in their nature|in their genes|in their dna) | | medium | weak
you know what (they're|they are|them lot are) like | | medium | weak

# exclusion of a group by others
(ban|get rid of|kick out|deport|send back|round up|throw out|chuck out|lock up|ship out) [all|all the|the|these|those|all these|all those|every|any] <grp-core>
no <grp-core> (allowed|welcome|wanted|please)
no more <grp-core>
(overrun with|overrun by|swamped by|swamped with|infested with|flooded with|invaded by) <grp-core>
too many <grp-core>
(i|we) (hate|can't stand|despise|detest|loathe) <grp-core>
(sick of|sick and tired of|fed up of|fed up with|tired of) (all these|these|all the|the|those) <grp-core>
(keep|keeping|get) <grp-core> (away|out)
(shouldn't|should not|should never|wouldn't|would never|won't|will never|never) (employ|hire|appoint|promote|take on|admit|trust|vote for) <grp-core>
(don't|do not|dont|never) (trust|employ|hire|appoint) <grp-core>
(don't|do not|dont) want [any|any more|more] <grp-core> (in|at|near|around|teaching|looking after|coaching|working|running|here|anywhere near|mixing|sitting|in charge)
(dirty|filthy|smelly|stinking|thieving|lazy|scrounging|bloody|fucking|effing|sodding|bleeding|typical|stupid|thick|useless) <grp-core>
typical (woman|women)
why should (my|our) {child} | | low | weak
(share|sharing|sit|sitting|mix|mixing) (a classroom|a class|classes|a table|a room|lessons|a toilet|toilets|changing rooms|a playground) with <grp-core> | | medium | weak
(don't|do not|dont) want (my|our) {child} (sitting|mixing|playing|sharing|being taught|taught|sat|in a class|to mix|to sit|to play) | | medium | weak
(next to|alongside|with|near|around|by) <grp-core> | | low | weak
(the|our|other|with|for) normal (kids|children|pupils|ones|students) | | low | weak
(isn't|is not|it's not|its not|not) fair on (the|our) (normal|other) (kids|children|pupils|ones) | | low | weak

# the older frames, still worth naming on their own
<group> (belong|belongs) (in|at|with) (a|an|their own|the) (special|separate|different|own)
<group> (belong|belongs) (in|at) (special|separate|different) (schools|units|classes|homes|places|centres)
<group> (belong|belongs) (in|at) (home|the kitchen|an institution|institutions|a home|care homes|their own country|their own countries)
<group> (don't|do not|shouldn't|should not) belong (in|at|here|with)
<group> (shouldn't|should not|mustn't|must not|can't|cannot|should never) be (allowed|let|permitted)
<group> should (be banned|be kept|be locked up|be sent|be deported|go back|stay at home|stay in the kitchen|be segregated|be separated|be put down|be sterilised|be removed|not exist|not teach|not be teachers|not be allowed|be taught separately|be in separate)
<group> (shouldn't|should not|can't|cannot|shouldnt) (teach|work|lead|drive|play football|play sport|do maths|do science|be teachers|be teaching|be in charge|be trusted|be around children|work with children|have children|adopt|be parents|marry|get married|be heads|be head teachers)
<group> (aren't|are not|arent) (welcome|wanted|normal|natural|real|human|safe around children|proper)
<group> (spread|carry|bring) (disease|diseases|aids|germs|crime)
<group> [<adv>] [are|r|is|'re] (ruin|ruining|ruined|take over|taking over|took over|invade|invading|destroy|destroying) (this|our|the) (school|country|area|town|city|community)
<group> (are|r) (taking|stealing|took|stole) (our|all the|the) (jobs|houses|homes|places|school places|benefits)
<group> (shouldn't|should not|mustn't|must not|can't|cannot) be (in|at|with|taught with|taught in|mixed with|mixing with) (mainstream|normal|our|this|the same|regular|ordinary) (school|schools|classes|class|classrooms|lessons|children|kids|pupils)
<group> should (retire|step aside|step down|make way|be replaced|be got rid of|be sacked|be fired|not be hired|not be employed)
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

# counter-speech is not prejudice: "Who says girls can't play football?", "the myth that disabled people can't work"
@kind exception
@category counter-speech
(who says|who said|whoever said|who thinks|don't let anyone tell you|never let anyone tell you|nobody can tell you|no one can tell you|the myth that|the idea that|the stereotype that|it's a myth that|wrong to say|wrong to think|not true that|isn't true that|prove wrong anyone who says|to prove) [that] <anyone>
(some people|people|they|others|many people|lots of people|some parents) (think|thinks|say|says|said|believe|believes|assume|assume|claim|claims) [that] <anyone>
(was|were|been|being|got|get) told [that] <anyone>
(told|tells|telling|tell) (her|him|them|my daughter|my son|us|me|our kids|my child|the class|the children|the kids) [that] <anyone>

# names of things that contain a slur's letters: the charity Scope's old name, an Australian cheese brand
@category name of a thing
(the spastics society|spastics society|the spastic society|national spastics society)
coon cheese
