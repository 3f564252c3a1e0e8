# exceptions.lex — phrases that are never findings: a finding of any code that overlaps one is dropped.
# Scope: ordinary phrases that hold a word the other lists look for (titles of books and shows, food, first aid,
# sport, idiom, place names), and kind phrases that look like complaints ("not a bad idea").
# Leaves out: anything that could hide a real finding; an exception is as narrow as the phrase it protects. Places
# like Scunthorpe, Penistone, Middlesex and words like cocktail, assessment or Dickens need no exception at all:
# matching is by whole word, never inside one.

@kind exception
@category exception

# books, films and shows
the twits
moby dick
dick whittington
dick king smith
philip k dick
the muppets
muppets christmas carol
the muppet show
where's wally
wheres wally
willy wonka
the ugly duckling
ugly sisters
the ugly sisters
horrid henry
the gay gordons
gay gordons
(hamlet|macbeth|romeo) [and juliet]

# food and drink
spotted dick
(faggots|faggot) (and|&|with|in) (peas|mash|gravy|chips|onions|onion gravy)
bath bomb
bath bombs
(photobomb|photo bomb|photobombed|photo bombed|photobombing|photo bombing|photo shoot|photoshoot|photo shoots)
bomb (pop|pops|lolly|lollies|lolly)
cherry bomb
(rocket|rockets) lolly
hot dog
(honky tonk)
spick and span
spic and span
chink (of light|in (the|his|her|their) armour)
midget gems
homo sapiens
homo erectus
pussy willow
(great|blue|coal|long tailed|long-tailed|marsh|willow) (tit|tits)
(bloody|bloodied) (nose|noses|knee|knees|lip|lips|tissue|tissues|mary|marys)
bloody sunday
bloody tower
offa's dyke
(the|a) (dyke|dykes) (road|path|walk)
cock a doodle doo
cockadoodledoo
(scunthorpe|penistone|cockburn|cockburnspath|middlesex|sussex|essex|wessex|dickens|cockermouth|shitterton|twatt|fucking austria|clitheroe|wankie)

# sport and idiom
(killing|killed|kill|smashing|smashed|smash|nailing|nailed|rocking|rocked|slaying|slayed|slay|crushing|crushed|crush) (it|them at|them in|them on)
(beat|beating|beaten|thrash|thrashed|thrashing|destroy|destroyed|batter|battered|hammer|hammered|smash|smashed|kill|killed) (them|us|you) (at|in|on) (football|netball|rugby|cricket|hockey|rounders|the match|the game|sports day|saturday|sunday|the tournament|the final|the quiz|tag rugby|dodgeball)
break a leg
# games and sport: "we'll destroy you at the quiz", "coming for you at the charity netball match" (threat.lex)
@class th-games = netball | football | rugby | cricket | hockey | rounders | match | game | games | race | quiz | quiz night
@class th-games = pub quiz | mario kart | fortnite | minecraft | fifa | monopoly | uno | chess | scrabble | bake off | egg and spoon
@class th-games = sack race | tug of war | dodgeball | fun run | sports day | tournament | final | league | cup | table tennis
@class th-games = ping pong | badminton | gala | spelling bee | bingo | karaoke | darts | pool | cards | board games | xbox | sports
(them|us|you|u|ya|em|yous) [a lesson] (at|in|on) [the|our|this|a|next|tonight's|saturday's|friday's] [~] <th-games>
# the everyday verbs inside threat.lex frames: "I'll hit you up", "shoot you a message", "sort you out a ticket"
(hit|hitting) (you|u|me|us|them|him|her) up
(shoot|shooting) (you|u|me|us|them|him|her) [over] (a|an) (message|email|e-mail|text|dm|line|note|quick|reminder|link)
(sort|sorting) (you|u|her|him|them|me|us) out (a|an|some|with|one|for)
(kill|killed|killing) (you|them|him|her|us) with kindness
(nearly|almost|practically) (killed|kill) (myself|herself|himself|themselves|ourselves|me)
(drag|dragged|dragging|haul|hauled) (her|him|them|you|myself|ourselves) out of bed
# a parent's hyperbole about their own child: "I'll kill him if he forgets his PE kit again"
(kill|murder|strangle|throttle|kill kill) (him|her|them|you|em) (if|when) (he|she|they|you) [~] (forgets|forget|loses|lose|leaves|leave|gets|get|comes|come|wakes|wake|eats|eat|spills|spill|breaks|break|misses|miss|has lost|has forgotten|is late|are late|does that|tells|asks|brings|wears)
# kindness, not threat
(be|are|is|'ll be|will be|were|was|am|feel|felt) [so|very|really] sorry to (see|lose|hear|say|miss|leave|find|learn|report|announce|inform|let you know|say goodbye)
(regret|regrets) to (inform|say|tell|announce|let you know)
(a|the) slap (up) (meal|dinner|lunch|breakfast|feast|tea)
watch out for
(so|too|was so|was) (embarrassed|embarrassing|cringe|awkward|funny|sad|bored) (i|that i) (wanted to|could|nearly|almost) die
(dying|died) (to|of) (see|meet|hear|know|try|go|embarrassment|laughter|boredom)
(died|die|dying|dead) laughing
(killed|kill|killing) myself laughing
(could|would) (kill|murder) for (a|an|some)
(shoot|shoots|shooting|shot) (hoops|a hoop|the ball|for goal|at goal|from|practice|skills|the winner|the winning goal)
(knock|knocked|knocking) (them|em|'em) dead
(bomb|bombed) (it|through)
(killer|killers) (whale|whales|sudoku|heels|app|instinct)
(regret|regrets) [it|this] if you (miss|don't|dont|do not|didn't)
(regret|be sorry) (missing|not coming|not going|not booking|not buying|not signing|not joining|not getting|not trying|you missed|to miss)
(can't|cannot|cant) wait (till|until|to) (i|we) (see|get|catch) (you|u|her|him|them)
(can't|cannot|cant) wait to see (you|u|her|him|them)
(watch|mind) your (step|head|heads|fingers|feet)
(better|best) watch out (for|santa)
you better not cry
(this is|this is your|it's|consider this) [a|your] (last|final) (warning|reminder|call|chance) (to|for|before) (return|book|order|sign|pay|send|hand|bring|collect)
(last|final) (call|reminder|chance) (to|for)
(accidents|accident) (happen|happens) (in|at|on) (the playground|school|playtime|lunch)
(go|going|went) (back) to (school|class|work|bed|sleep|normal)
(what|which|a|an) (great|good|brilliant|fantastic|wonderful|excellent|sensible|smart|clever|wise|fair) (decision|idea|policy|change|call|choice)
(not|wasn't|isn't|wouldn't be|never) (a|such a) (bad|terrible|stupid|silly|daft) (decision|idea|policy|change|call|choice|thing)
(no|not a) (bad|terrible) (thing|idea)
(the|a) (wrong|bad) (size|colour|color|number|date|day|link|form|box|answer|way round|email|address|time|room|bus|coat|jumper|shoe|shoes)

# a polite request to think again is a request, not criticism: "Could you please reconsider the start time?"
(could|would|can|will|might) (you|the school|you guys|the head|the governors|the office|the pta|they) [please|possibly|maybe|kindly|perhaps|at all] (reconsider|rethink|think again|look again)
# a writer's own mistake is no judgement of the school: "I got it completely wrong, the form is coming tomorrow"
(i|i've|i have|we|we've|we have|i had|i'd|my son|my daughter|my child|my kids) (got|get) (it|the date|the time|the day|the dates|the times|this|that|things|it all|them) [badly|terribly|all] wrong
(i|i've|i have|we|we've|we have|i had|i'd|my son|my daughter|my child|my kids|he|she) (got|get) (his|her|my|their|our|the) (spellings|answers|sums|times tables|order|words|homework|maths) [badly|terribly|all] wrong
