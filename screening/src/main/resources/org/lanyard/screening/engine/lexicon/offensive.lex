# offensive.lex — OFFENSIVE_LANGUAGE: profanity, insults, mockery and humiliation (Little Eaton 5.5.iii).
# Scope: British and common online profanity with its usual endings and disguises; name-calling, in the frames that
# make a word an insult ("you muppet", "the head is an idiot", "what a prat"); mockery of how someone looks or thinks.
# Leaves out on purpose:
#  - mild exclamations a school would not remove (damn, hell, god, oh my god, crikey, blimey, shut up);
#  - words with an everyday sense that outnumbers the rude one, unless in an insult frame: cow, pig, tit(s) (birds),
#    cock (bird), knob (door), prick (a pin), plank, tool, clown, fool, dope, ass (a donkey, in a nativity play);
#  - slurs: they live in discriminatory.lex, which gives them both codes;
#  - "bloody" in first aid: "bloody nose" and "bloody knee" are exceptions (exceptions.lex) — a school nurse's
#    note is not swearing; "bloody" on its own is mild profanity and flagged.
#  - criticism of decisions ("ridiculous policy", "useless school"): complaint.lex.

@codes OFFENSIVE_LANGUAGE
@category profanity
@severity high

fuck | | | +s +ed +ing +er +ers +in +ity +face +head +wit +tard +stick +nugget +boy mask1
fuck* | | | disguise
*fucker | | | disguise
*fucking | | | disguise
fuckin | | | disguise
fucken | | | disguise
fukin | | | disguise
fuk | | | +s +ed +ing +er +in disguise
fck | | | +s +ed +ing +er +in
fkn
fking
fcking
fkin
fcuk | | | +ing +ed +er
phuck | | | +ing +ed +er +s
phuk | | | +ing
fvck | | | +ing +ed +er
feck | | low | +ing +in
motherfucker | | | +s disguise
mofo
clusterfuck | | | +s
wtf | | medium
stfu
gtfo
ffs | | medium
fml | | low
omfg | | low
fuck off | | | disguise
(for|fer) (fuck's|fucks|fuck|fucking|fook's) sake
(fuck's|fucks|fuck|fooks|fook's|feck's|fecks) sake
fook | | medium | +ing +in

shit | | | +s +e +ty +ter +ting +ted +head +heads +hole +holes +bag +bags +face +show +stain mask1
shite | | | +s disguise
bullshit | | | +ting +ted disguise
horseshit
dipshit | | | +s
batshit
apeshit
shat | | medium
shitting
shizzle | | low

cunt | | | +s +y +ing disguise
twat | | | +s +ted +ting disguise
wank | | | +s +ed +ing +er +ers +y +stain disguise
wanka | | | +s
tosser | | | +s disguise
bellend | | | +s disguise
knobhead | | | +s disguise
knob head | | medium
dickhead | | | +s +ed disguise
dick head | | medium
dickface | | | +s
dickwad | | | +s
dickhole
dick | | medium | +s name disguise
arsehole | | | +s disguise
asshole | | | +s disguise
arse | | medium | +s +d +y disguise
arsed | | medium
ass hole | | medium
dumbass | | | +es
jackass | | medium | +es
smartass | | low | +es
(kiss|lick) my (arse|ass) | | | disguise
up (your|yer) (arse|ass)
pain in the (arse|ass)
bastard | | | +s +ise disguise
bitch | | | +es +ing +y +ed disguise
son of a bitch
bollocks | | | disguise
bollock | | medium | +ing +ed
bollox
piss | | medium | +ed +ing +es +er disguise
piss off
pissed off
(taking|take|takes|took) the piss
piss take
pisshead | | | +s
crap | | low | +py +s +pier +piest
bloody | | low
bugger | | low | +ed +s +ing
bugger off | | low
sod off | | low
sodding | | low
slut | | | +s +ty disguise
slag | | medium | +s
whore | | | +s disguise
skank | | | +y +s
cocksucker | | | +s disguise
suck my (cock|dick|balls)
minge
minger | | medium | +s
munter | | medium | +s
nonce | | | +s disguise
jizz
twatting
(get|go) fucked
(eat|eats) shit
effing | | low
get stuffed | | low
eff off | | low
(butthead|buttface|butt face|bumhead|bum face|poohead|poo head|fartface|fart face) | | medium | +s
(tosspot|twonk|wazzock|nobhead|nob head|nobend|dickweed|douchebag|shithead|dipstick|bint) | | medium | +s
(shut|shut the fuck) your (mouth|face|gob|trap|hole) | insult | medium
shut the fuck up
shut it you | insult | medium

# Name-calling: these words insult a person only in an insult frame (see the patterns below the class).
@category insult
@severity medium
@class insult = idiot | idiots | moron | morons | imbecile | imbeciles | cretin | cretins | muppet | muppets
@class insult = numpty | numpties | plonker | plonkers | pillock | pillocks | prat | prats | twit | twits
@class insult = wally | wallies | div | divs | dimwit | dimwits | halfwit | halfwits | nitwit | nitwits
@class insult = loser | losers | scumbag | scumbags | scum | lowlife | lowlifes | waste of space | waste of oxygen
@class insult = waste of skin | slob | slobs | freak | freaks | weirdo | weirdos | creep | creeps | nutter | nutters
@class insult = psycho | psychos | paedo | paedos | pedo | pedos | paedophile | paedophiles | prick | pricks
@class insult = dunce | dunces | numbnuts | knob | knobs | dickhead | dickheads | bellend | bellends
@class insult = tosser | tossers | wanker | wankers | twat | twats | cunt | cunts | bitch | bitches | bastard | bastards
@class insult = arsehole | arseholes | asshole | assholes | slag | slags | slut | sluts | whore | whores | dick | dicks
@class insult = gobshite | gobshites | fool | fools | airhead | airheads | dimwit | goon | goons | imbecile
@class insult = joke of a (teacher|head|headteacher|person|woman|man|mother)
@class insult = sad act | saddo | saddos | jobsworth | jobsworths | busybody | busybodies
@class insult = lazy cow | fat cow | silly cow | stupid cow | old cow | miserable cow | fat pig | ugly pig | stupid pig
@class insult = fat slob | ugly cow | silly old (cow|bat|bag|fool|git|moo) | old bag | old bat | old git | git | gits
@class insult = pathetic excuse for a (teacher|head|headteacher|human|person|man|woman|mother|father|parent)
@class insult = moron | morons | butthead | buttheads | tosspot | tosspots | twonk | twonks | wazzock | wazzocks
@class insult = douchebag | douchebags | nobhead | nobheads | gobshite | dipstick | dipsticks
@class insult-frame = a | an | such a | such an | what a | what an | a bunch of | a load of | bunch of | load of
@class insult-frame = a pack of | pack of | a set of | one of those | another | the biggest | the | a pair of
@class insult-frame = pair of | a right bunch of | a couple of | couple of
# writers disguise the name-calling words as they do profanity (pr1ck, m0r0ns, tw@t, 1diot)
@disguise insult
# "absolute", "total", "complete" ... are fillers, but not where another phrase continues with them ("is an absolute
# joke" is a complaint), so the insult frames name them
@class intensifier = absolute | total | complete | utter | right | proper | real | massive | fucking | bloody
# how a name-caller describes the target before the noun: "a useless old git", "a snobby cow"
@class insult-adj = useless | stupid | ugly | fat | silly | old | little | dirty | thick | lazy | miserable | nasty
@class insult-adj = pathetic | sad | horrible | smelly | snobby | clueless | gormless | brainless | stuck up | nosy
@class insult-adj = jumped up | jumped-up | arrogant | ignorant | spineless | gobby | mouthy | interfering | selfish
@class insult = brat | brats | toerag | toerags | scrote | scrotes | chav | chavs | little shit | little shits
@class insult = little sod | little sods | numbnuts | old cows | old bags | old bats
(you|you're|you lot|your|youse|oi|oy|hey|cheers|thanks|nice one) [{insult-frame}] [<intensifier>] [<insult-adj>] [<insult-adj>] <insult>
(is|are|was|were|being|be|he's|she's|they're|that's|it's|hes|shes|theyre|thats|r|look like|looks like|acting like|act like|head's|teacher's|ref's|referee's|man's|woman's|bloke's|mum's|dad's|son's|kid's|husband's|wife's) {insult-frame} [<intensifier>] [<insult-adj>] [<insult-adj>] <insult>
(are|were|they're|theyre|r|all|such) <insult>
what {insult-frame} [<intensifier>] [<insult-adj>] [<insult-adj>] <insult>
(snobby|stuck up|stupid|miserable|nosy|nasty|gobby|mouthy|interfering|selfish|arrogant|jumped up) (cow|cows|moo|moos|bitch|bitches|bag|bags)
(run by|full of|staffed by|managed by|led by) (clowns|idiots|morons|muppets|amateurs|numpties|monkeys|halfwits|imbeciles|cretins)
# words with an everyday sense (a clown at a party, the right tool for the job) insult only after an intensifier
(absolute|total|utter) (clown|clowns|tool|tools|plank|planks|melt|melts)
a right (clown|tool|plank|melt|pillock|prat|twit|idiot|muppet)
# a plural insult on its own is almost always name-calling; a singular one only where it addresses someone
(morons|imbeciles|cretins|halfwits|dimwits|nitwits|numpties|pillocks|plonkers|wazzocks|scumbags|dickheads|knobheads|idiots|numbnuts|toerags|scrotes)
(moron|imbecile|cretin|halfwit|dimwit|nitwit|numpty|pillock|plonker|wazzock|scumbag|lowlife|gobshite)
<insult> | | | alone
# insults addressed to a crowd ("why is everyone so pathetic", "you lot are pathetic")
(everyone|everybody|people|some people|some parents|parents|you all|you lot|you people|some of you|they|them) (is|are|'s|'re) (pathetic|spineless|brainless|clueless|gormless|moronic|idiotic|thick|stupid|vile|disgusting)
(is|are) (everyone|everybody|people|some people|some parents|parents|you all|you lot|you people|some of you|they) [so|this|that|such] (pathetic|spineless|brainless|clueless|gormless|moronic|idiotic|thick|stupid|vile)
(you|you lot|you people|ya) (pathetic|spineless|brainless|clueless|gormless|sad|vile|disgusting|stupid|thick|dumb|ugly|fat) [little|old|lot|bunch|lot of]
(stupid|thick|dumb|useless|pathetic|ugly|fat|brainless|clueless|gormless) (teacher|teachers|head|headteacher|headmistress|headmaster|woman|man|cow|bitch|git|boy|girl|kid|kids|child|children|brat|brats|people|parents|parent|mother|mum|father|dad|idiot|moron|prat|twat)
(you're|she's|he's|they're|you are|you look|she looks|he looks|they look|u r|ur) (ugly|fat|thick|stupid|dumb|pathetic|disgusting|gross|vile|repulsive|brainless|clueless|gormless|minging|hideous|useless|worthless)
(your|her|his|their) (kid|child|son|daughter|baby|boy|girl|face|mum|mother|dad|father|wife|husband) (is|looks) (ugly|fat|thick|stupid|dumb|minging|hideous|disgusting|gross|weird|a freak|a joke)
(ugly|fat|thick) (mug|face|kid|child|baby|brat|cow|bitch|lump|slob|bastard|git|cunt|twat)

@category mockery or humiliation
look at the state of
face like a (slapped|smacked) (arse|ass|bum)
face like a (bulldog|dog|pig|horse|pizza|smacked bum)
face only a mother could love
laughing stock
thick as (mince|shit|pigshit|two short planks|a brick|a plank)
brain dead
(has|have|got) no brain cells
get a life
go cry (about it|to your mum|to mummy|to your mummy)
l+ratio
l ratio
you (make|made) me sick
(you're|your|ur) [a|an|such a|an absolute|a complete] (joke|disgrace|embarrassment)

# an old bag of costumes and an old bat box are things, not people
@kind exception
@category everyday phrase
(old|an old) (bag|bags) of
old bat (box|boxes|detector|detectors|walk)

# Words the learned offensive model weighs like insults although they only frame one (read by LearnedSignals, see
# LearnedModel.clear): its finding must rest on something else. Intensifiers take their sense from the noun after
# them ("an absolute saint", "a total legend" are praise); staff roles ("Deputy") and judgements of things
# ("Ridiculous" after a price rise) insult nobody.
@list offensive-model-frames
absolute absolutely total totally complete completely utter utterly real proper right such sheer pure whole
massive huge big bit bunch lot load
deputy head headteacher teacher teachers staff office caretaker governor governors lollipop dinner ladies lady
ridiculous unbelievable madness
