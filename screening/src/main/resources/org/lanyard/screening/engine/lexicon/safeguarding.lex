# safeguarding.lex — SAFEGUARDING_RISK (Little Eaton 5.7, Roman Road "extremist view", KCSIE 2025 online safety).
# Scope: disclosures of self-harm, suicidal feelings and eating disorders; sexual content involving children, sexting
# and nudes; grooming language ("our little secret", "don't tell your parents", "send me a pic of you"); radicalisation
# and extremist rhetoric; misinformation and conspiracy theories named by KCSIE 2025; cyberbullying aimed at a child
# ("everyone hates you", "kill yourself"); and REPORTS of any of these or of abuse ("a man keeps messaging my daughter
# asking her to keep it secret", "my son is being bullied online") — a report is a safeguarding matter, not a threat.
# Leaves out on purpose:
#  - the topic words alone in a school's own awareness messages (online safety evenings, Anti-Bullying Week, talks on
#    sexting or radicalisation): educational context (context.lex) drops those, and most entries here need a person
#    ("my", "I", "you", "a man") in the phrase anyway;
#  - everyday idiom: "I could die of embarrassment", "dying to see", "killing it", "starving" (hungry);
#  - medical first aid ("bloody nose", "cut his knee");
#  - general worries that are not online-safety or welfare concerns (lost property, late buses).

@codes SAFEGUARDING_RISK
@severity high

@category self-harm or suicide
(i|i've|i have|i've been|i keep|i sometimes|sometimes i|i still|i started|i've started) (cut|cutting|scratch|scratching|harm|harming|burn|burning|punch|punching|bite|biting) (myself|my (arms|wrists|wrist|legs|thighs|skin|stomach))
(my|her|his) (arms|wrists|legs|thighs|skin) (till|until) (they|it) (bleed|bleeds|bled|hurt|hurts)
(till|until) (they|it) (bleed|bleeds|bled)
(cut|cuts|cutting|scratches|scratching|hurts|hurting|harms|harming|burns|burning) (herself|himself|themselves|myself)
(self harm|self harming|self harmed|self-harm|self-harming|selfharm|selfharming)
(kill|killing|end|ending|hang|hanging|harm|harming|top|topping) (myself|herself|himself|themselves)
(want|wants|wanted|wanna|going|planning|thinking about|thought about|tried|trying) to (die|end it|end it all|end my life|end her life|end his life|not be here|disappear forever|not exist|stop existing|be dead)
(i|she|he|they) (wish|wishes|wished) (i|she|he|they) (was|were) (dead|never born|not here|gone)
(suicidal|suicide note|suicide attempt|attempted suicide|tried to commit suicide|committing suicide|commit suicide)
(better off|better) (dead|without me|without her|without him)
(no|nothing) (reason|point) (to live|in living|living|to go on|going on)
(don't|do not|doesn't|does not) want to (live|be alive|be here|wake up|go on) (anymore|any more)
(nobody|no one|noone) (would|will) (miss|care about|notice) (me|if i|if she|if he)
(can't|cannot|cant) go on (anymore|any more|like this)
(can't|cannot|cant) (take it|cope|do this) (anymore|any more) | | medium | weak
(took|taken|swallowed|taking) (a load of|a lot of|loads of|too many|all (my|her|his|the)|a bunch of|an overdose of|handfuls of) (pills|tablets|paracetamol)
(overdose|overdosed|od'd|oded)
(hate|hates) (myself|herself|himself) | | medium | weak
(i'm|i am|im) (worthless|a burden|a waste of space|better off dead|so alone|nothing) | | medium | weak

@category eating disorder
(starving|starve|starved) (myself|herself|himself)
(make|making|made|makes) (myself|herself|himself) (sick|throw up|vomit) (after|when|so)
(throw|throwing|threw) up after (eating|meals|every meal|dinner|lunch|food)
(i|she|he) (hasn't|has not|haven't|have not) eaten (for|in) (days|a week|weeks)
(pro ana|proana|thinspo|thinspiration|meanspo)

@category sexual content or sexting
(send|sent|sending|share|shared|sharing|ask|asked|asking|asks) (me|him|her|them|you|my (daughter|son|child|kid)|for) (nudes|nude|naked (pics|pictures|photos|images|videos|selfies)|nude (pics|pictures|photos|images|videos|selfies)|sexy (pics|pictures|photos|selfies))
(nudes|nude pics|nude pictures|nude photos|naked pics|naked pictures|naked photos|dick pic|dick pics|explicit (photos|pictures|images|videos|messages)|indecent (photos|pictures|images)|sexual (photos|pictures|images|messages|videos|content))
(sexting|sexted|sexts|sext)
(take|taking|took) (your|her|his) (top|clothes|clothes off|top off|pants off|shirt off) | | | weak
(show|shows|showed) me (your|ur) (body|boobs|tits|chest|bum|privates|dick|willy)
(what are you|what're you|wot u) wearing | | medium | weak
(child|kiddie|kiddy|underage) (porn|pornography|abuse images|abuse material)
(porn|pornography|pornographic) | | medium | weak
(touched|touching|touches|touch) (her|him|my (daughter|son|child)|me) (inappropriately|down there|in (her|his|my) private)
(sexual|sexually) (abuse|abused|assault|assaulted|harassment|harassed|touching|comments)
(revenge porn|sextortion|upskirting|upskirt)

@category grooming
(our|its our|it's our|this is our|be our) [little] secret
(our|its our|it's our|this is our|be our) little secret
(don't|do not|dont|never) tell (your|ur) (parents|mum|dad|mom|teacher|teachers|family|friends|carer|carers|foster)
(don't|do not|dont) tell anyone (about us|we talk|we're talking|about this|i said)
(keep|keeping|kept) (it|this|us|our chats|our messages|what we do) (a secret|secret|between us|just between us|quiet|to yourself)
(asking|asked|asks|told|telling|tells) (her|him|my (daughter|son|child|kid)) to (keep|delete|hide) (it|this|the messages|messages|the chats|everything|them) (secret|a secret|quiet|from us|from me|from her parents|from his parents|from her mum|from his mum|between them|between us)
delete (our|the|these) (messages|chats|texts) (after|when|so)
(how old are you|how old r u|how old ru|asl|a s l) | | medium | weak
(where do you live|what school do you go to|which school do you go to|what school are you at|are you home alone|are your parents home|are you alone) | | medium | weak
(want to|wanna|do you want to|shall we|we should|let's) meet [up] | | medium | weak
(meet|meeting|met|meets) [up] [with] (a|an|some|this|an older|the) (man|men|boy|guy|stranger|adult|lad|person|people) (from|she met|he met|they met|she talks to|he talks to|she chats to|he chats to) online
(send|sent|sending) (me|us) (a|some|another) (pic|photo|picture|selfie) of (you|yourself|ur self|urself|your body|you in)
(send|sent|sending) (me|us) (a|some|another) (pic|photo|picture|selfie) | | low | weak
(you're|you are|ur|you look|u look) (mature|grown up|grown-up) for (your|ur) age
(you're|you are|ur) (pretty|beautiful|sexy|hot|gorgeous|fit) | | medium | weak
(i'll|i will|ill) (buy|get|give) (you|u) [a|an|some] (phone|iphone|present|presents|gift|gifts|money|credit|skins|vbucks|v-bucks|robux|gift card|trainers) | | medium | weak
(special|secret) (friend|relationship|game) | | medium | weak
@class stranger = (a|an|some|this|an older|the same|a grown|a random|older) (man|men|boy|boys|guy|guys|stranger|strangers|adult|adults|lad|lads)
@class contacting = [keeps|kept|has been|have been|is|was|started|keep|are|keeps on|has started] (messaging|texting|contacting|dming|calling|following|adding|snapchatting|sending (messages|photos|pictures|gifts) to|asking|approaching|filming|photographing|watching)
<stranger> <contacting> (my|our|her|him|the kids|children|kids|pupils|girls|boys)
(keeps|kept|has been|have been|is|was) (messaging|texting|contacting|dming|snapchatting|following|asking) (my|our) (daughter|son|child|kid|kids|children|girl|boy|little one|niece|nephew|grandson|granddaughter)
(messaging|messaged|texting|texted|contacting|contacted|asking|asked|sending) (my|our) (daughter|son|child|kid|kids|children|girl|boy|niece|nephew|grandson|granddaughter) (for|to send|to meet|asking her|asking him|inappropriate|rude|sexual|explicit|nude|naked|photos|pictures|pics)
(groomed|grooming (my|her|him|our|children|kids)|groomer|groomers|being groomed|was groomed|is grooming)

(man|men|stranger|strangers|someone|somebody|a car|a van|a guy|an adult|adults) (hanging around|hanging about|loitering|lurking|watching the children|parked up|sitting in a car) [outside|near|around|by|at] [the] (school|gates|school gates|playground|park|field) | stranger near school | high
(taking|took|filming|filmed|photographing) (photos|pictures|videos|pics|footage) of (the children|children|kids|the kids|pupils|my (daughter|son|child|children|kids)) | stranger near school | medium | weak

@category radicalisation or extremism
(join|joining|joined|support|supporting|supports) (isis|isil|daesh|islamic state|al qaeda|al-qaeda|the taliban|hamas|hezbollah|national action|the jihad|jihad|the kkk|kkk|combat 18|patriotic alternative)
(jihad|holy war) (against|on) | | | noedu
(kill|death to|destroy|wipe out|exterminate) [all] [the] (infidels|kuffar|kafirs|unbelievers|nonbelievers|jews|muslims|gays|immigrants|whites|blacks|christians|america|the west|israel) | | | noedu
(white power|white pride worldwide|white genocide|race war|racial holy war|rahowa|great replacement|remigration now|14 words|fourteen words|1488|heil hitler|sieg heil|hitler was right|hitler did nothing wrong|deus vult|blood and soil|kill all muslims|kill all jews) | | | noedu
(martyr|martyrs|martyrdom) (operation|operations|for the cause)
(watching|watches|watched|sharing|shares|shared|reading|reads|listening to) (extremist|terrorist|jihadi|isis|far right|far-right|nazi|neo-nazi|beheading) (videos|content|material|propaganda|stuff|posts|videos online|groups|channels|speeches)
(being|been|getting|got|become|becoming|became) (radicalised|radicalized)
(extremist|terrorist|far right|far-right|nazi|neo nazi|neo-nazi) (group|groups|views|ideas|ideology|propaganda|material|content|videos|channel|channels|chat|chats|server|servers)
andrew tate (is|was) (right|a legend|a hero|my hero|the best|correct|king) | misogynist radicalisation | medium
(women|girls) (are|r) (property|objects|a man's property) | misogynist radicalisation | medium
(incel|incels|manosphere|redpilled|blackpilled) | misogynist radicalisation | medium
(red pill|redpill|blackpill|black pill) | misogynist radicalisation | low | weak

@category misinformation or conspiracy
(vaccines|vaccine|vaccinations|jabs|the jab|mmr) (cause|causes|caused|give|gives) (autism|infertility|cancer|death|deaths)
(the earth|earth) is flat
(5g|5 g) (causes|caused|spreads|spread|gives|gave) (covid|coronavirus|cancer|the virus|illness)
(covid|coronavirus|the pandemic|the virus) (is|was) (a hoax|fake|made up|not real|a scam|a lie|planned)
(plandemic|scamdemic|chemtrails|chem trails|qanon|adrenochrome|pizzagate|new world order|globalist agenda|lizard people|reptilians)
(the holocaust|holocaust) (never happened|didn't happen|did not happen|is a hoax|was a hoax|is a lie|was a lie|is made up|was made up|is exaggerated|was exaggerated) | holocaust denial | high | noedu
(microchips|microchip|tracking chips) [in] [the] (vaccine|vaccines|jab|jabs)
(moon landing|moon landings) (was|were) (fake|faked|staged|a hoax)
(sandy hook|manchester arena|7 7|9 11|9/11) (was|were) (a hoax|fake|staged|an inside job|crisis actors)
crisis actors
(bill gates|george soros|the jews|the elites|the government) (is|are) (trying to|going to) (kill|control|poison|chip|depopulate|microchip)
(they're|they are|the government is|schools are) (poisoning|microchipping) (our|the) (kids|children|water)

@category cyberbullying
(everyone|everybody|we all|the whole class|the whole school|the whole year) (hates|hate) (you|u)
(kill|hang|end) (yourself|urself|your self|yourselves)
(go|just|you should|u should|why don't you|why dont you) (die|drown|jump off a bridge|jump off a cliff|kill yourself|kys|neck yourself|end yourself)
(kys|kms) | | | disguise
(you|u) (should|deserve to|need to|ought to) (die|be dead|not exist|not be alive)
(the world|everyone|we|your family|your mum) (would be|is|will be|'d be) better [off] without (you|u)
(you|u) (have|'ve got|got) no friends
(nobody|no one|noone) (likes|loves|wants|cares about) (you|u)
(you're|ur|you are|your) (worthless|unlovable|a waste of space|a waste of oxygen|a mistake|a nobody) | | medium
(made|making|created|set up) (a|an) (fake|parody|hate) (account|page|profile|group) (of|about|pretending to be|in the name of) | impersonation | medium
(hate|exposing|expose|roast|rate) (page|pages|account|group|chat) (about|for|on|of) | | medium
(posted|posting|shared|sharing|sent|sending|spreading) [a|an] (video|photo|picture|pic|pics|photos|pictures|rumours|rumors|lies) (of|about) (my|our) (daughter|son|child|kid|girl|boy|niece|nephew) | | medium | weak
(being|been|getting|got|gets|is being|was being|has been) (bullied|cyberbullied|cyber bullied|picked on|harassed|threatened|blackmailed|groomed|trolled) (online|on (snapchat|snap|tiktok|instagram|insta|whatsapp|facebook|discord|roblox|fortnite|xbox|playstation|messenger|youtube|twitter|x)|at school|by|in the|every day|constantly|again)
(my|our) (daughter|son|child|kid|girl|boy|little one|niece|nephew|grandson|granddaughter) (is|was|has been|keeps|keeps being|is being|was being|has been being) (bullied|cyberbullied|picked on|harassed|threatened|blackmailed|called names|sent horrible messages|groomed)
(calling|called|call|calls) (her|him|my (daughter|son|child|kid|boy|girl)) (names|horrible names|nasty names)
(sending|sent|send|sends) (her|him|my (daughter|son|child|kid|boy|girl)) (horrible|nasty|threatening|abusive|rude|vile|disgusting|sexual|explicit|inappropriate) (messages|texts|pictures|photos|things|videos)
(telling|told|tell|tells) (her|him|my (daughter|son|child)) to (kill|hurt|harm|cut) (herself|himself|themselves)
(group chat|groupchat|group chats) (where|in which|that) (they|everyone|people|kids|children) (bully|bullies|bullied|mock|mocks|laugh at|laughed at|are mean to|exclude|excluded|slag off|gang up on) | | medium
(blackmail|blackmailing|blackmailed|sextortion) (my|our|her|him)
(someone|somebody|a boy|a girl|a man|a woman|kids|people|they|he|she|some boys|some girls|older boys|older kids|a group) (is|are|has been|have been|keeps|keep|was|were|started) (threatening|bullying|harassing|blackmailing|hitting|hurting|picking on|stalking|tormenting) (my|our) (son|daughter|child|kid|kids|children|boy|girl|little one|niece|nephew|grandson|granddaughter)

@category online harm
(blackout|skullbreaker|skull breaker|tripleb|benadryl|momo|blue whale|choking|fainting|salt and ice|nyquil chicken|milk crate) challenge | dangerous online challenge | medium
(county lines|drug dealing|dealing drugs|selling drugs|carrying knives|carrying a knife|brought a knife|bringing a knife|has a knife|had a knife|carries a knife) | | medium
(running away|ran away|missing from home|went missing|gone missing) | | medium | weak
(hits|hit|beats|beat|hurts|hurt) (me|her|him) at home | abuse at home | high
(things|it) (get|gets|got) (bad|really bad|scary) at home | abuse at home | medium
(scared|afraid|frightened) (to go|of going) home | abuse at home | high
(no food|nothing to eat|not enough food|haven't eaten|hasn't eaten) (at home|in the house|for days) | neglect | medium
(locked|locks) (me|her|him) in (my|her|his|the) (room|bedroom|cupboard) | abuse at home | high
