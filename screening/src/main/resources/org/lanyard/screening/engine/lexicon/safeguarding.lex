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
(want|wants|wanna|going|planning|thinking about|thought about|tried|trying) to (die|end it|end it all|end my life|end her life|end his life|not be here|disappear forever|not exist|stop existing|be dead)
(i|she|he|they) (wish|wishes|wished) (i|she|he|they) (was|were) (dead|never born|not here|gone)
(suicidal|suicide note|suicide attempt|attempted suicide|tried to commit suicide|committing suicide|commit suicide)
(better off|better) (dead|without me|without her|without him)
(no|nothing) (reason|point) (to live|in living|living|to go on|going on)
(don't|do not|doesn't|does not) want to (live|be alive|be here|wake up|go on) (anymore|any more)
(nobody|no one|noone) (would|will) (miss|care about|notice) (me|if i|if she|if he)
(can't|cannot|cant) go on (anymore|any more|like this)
(can't|cannot|cant) (take it|cope|do this) (anymore|any more) | | medium | weak
wanted to (die|end it|end it all|not be here|not exist|disappear) | | medium | weak
(took|taken|swallowed|taking) (a load of|a lot of|loads of|too many|all (my|her|his|the)|a bunch of|an overdose of|handfuls of) (pills|tablets|paracetamol)
(overdose|overdosed|od'd|oded)
(hate|hates) (myself|herself|himself) | | medium | weak
# intent: "she's going to hurt herself tonight", "i want to hurt myself", "he keeps saying he'll kill himself"
@class sg-intent = going to | gonna | want to | wants to | wanna | will | 'll | might | tried to | trying to | try to
@class sg-intent = thinking of | thinking about | threatening to | threatened to | planning to | plan to | plans to | about to
@class sg-intent = feel like | feels like | felt like | urge to | urges to | wanted to | keeps saying (she'll|he'll|she will|he will|she wants to|he wants to)
@class sg-intent = (she|he|i) (says|said) (she'll|he'll|i'll|she will|he will|she wants to|he wants to|she's going to|he's going to) | if i just | if i | should just | should i
<sg-intent> [just] (hurt|harm|cut|kill|end|burn|starve|strangle|hang|drown|poison|overdose|kil) (myself|herself|himself|themselves|meself|my self)
(if|when|after) (i|she|he) [just] (killed|kill|ended|end|hurt|harmed|cut) (myself|herself|himself)
(thinking about|thinking of|think about|thinks about|planning on|talks about|talking about|talked about|keeps talking about|dream about|dreams about|fantasise about) (hurting|harming|cutting|killing|ending|starving|burning) (herself|himself|themselves|her life|his life|it all)
# first person: a disclosure even in words the educational markers use ("thinking about")
(thinking about|thinking of|think about|planning on|dream about|fantasise about) (hurting|harming|cutting|killing|ending|starving|burning) (myself|my life) | | high | noedu
(killed|kills|topped|hanged|hung) (myself|herself|himself|themselves)
(been|started|start|keep|keeps|still|back to|gone back to|went back to) (cutting|self harming|harming|hurting|burning|scratching) (again|myself|herself|himself|themselves)
(i've|i have|she's|he's|i) (been|started) (cutting|self harming|harming|hurting myself|hurting herself|hurting himself) again
(cutting|cuts|cut) (myself|herself|himself|my (wrist|wrists|arms|thighs)|her (wrist|wrists|arms|thighs)|his (wrist|wrists|arms|thighs))
(marks|scars|cuts|scratches|burns) on (her|his|my) (arms|wrists|thighs|wrist) | | medium | weak
(would be|'d be|would all be|are all|will be|'ll be|be) (happier|better off|better) (if i|if she|if he) (just|was|were|wasn't|died|killed|disappeared|weren't|didn't) | | high
(deserve|deserves|deserved) to (be hungry|starve|be hurt|suffer|die|be punished|feel pain|be in pain|be dead|be alone|be sad|hurt) | self-harm or eating disorder | medium | weak
(i|she|he|she says she|he says he|she thinks she|he thinks he|i feel like i|she feels she|he feels he|says she|says he|thinks she|thinks he) (deserve|deserves) to (be hungry|starve|be hurt|suffer|die|be punished|feel pain|be in pain|be dead|hurt)
(took|taken|swallowed|taking|take|taken|downed) (a load of|a lot of|loads of|too many|all of|a bunch of|an overdose of|handfuls of|a handful of|a whole (box|packet|bottle|strip) of|the whole (box|packet|bottle) of|all the|a pile of|a stack of) [~] (pills|tablets|paracetamol|painkillers|meds|medication|sleeping pills|antidepressants|ibuprofen)
(didn't|did not|didnt) work $ | | low | weak
(hate|hates) (my|her|his) (body|self|life|face) | | medium | weak
(i'm|i am|im) (worthless|a burden|a waste of space|better off dead|so alone|nothing) | | medium | weak

@category eating disorder
(starving|starve|starved) (myself|herself|himself)
(make|making|made|makes) (myself|herself|himself) (sick|throw up|vomit) (after|when|so)
(throw|throwing|threw) up after (eating|meals|every meal|dinner|lunch|food)
(i|she|he) (hasn't|has not|haven't|have not) eaten (for|in) (days|a week|weeks)
(pro ana|proana|thinspo|thinspiration|meanspo)
(has|have|'s|'ve|keeps|keep) (stopped|stop) eating | | medium | weak
(refuses|refusing|refused|won't|will not) [to] eat (anything|at all|for days) | | medium | weak
(deserves|deserve) to (be hungry|starve)

@class sg-media = pic | pics | picture | pictures | photo | photos | video | videos | image | images | selfie | selfies | snap | snaps | clip | clips | footage
@category sexual content or sexting
(send|sent|sending|share|shared|sharing|ask|asked|asking|asks) (me|him|her|them|you|my (daughter|son|child|kid)|for) (nudes|nude|naked (pics|pictures|photos|images|videos|selfies)|nude (pics|pictures|photos|images|videos|selfies)|sexy (pics|pictures|photos|selfies))
(nudes|nude pics|nude pictures|nude photos|naked pics|naked pictures|naked photos|dick pic|dick pics|explicit (photos|pictures|images|videos|messages)|indecent (photos|pictures|images)|sexual (photos|pictures|images|messages|videos|content))
(sexting|sexted|sexts|sext)
(nude|naked|topless|explicit|indecent|sexual|rude|dirty|intimate|sexy|x rated) pic
(nude|naked|topless) (video|videos|selfie|selfies|snap|snaps)
<sg-media> of (her|him|herself|himself|themselves|a girl|a boy|girls|boys|my (daughter|son|child|kid)|a child|children|kids|~) (without (clothes|any clothes|her clothes|his clothes|a top|her top|his top|anything on)|naked|undressed|with no clothes on|in (her|his|their) (underwear|pants|bra|knickers)|getting changed|in the changing rooms|in the showers|in the toilets)
<sg-media> of (his|her|their) (private parts|privates|penis|willy|genitals|bits|body|dick|boobs|bum|chest)
(send|sends|sent|sending) (him|her|them|me|you|us) [~] <sg-media> of (herself|himself|yourself|themselves|urself)
(pressured|pressuring|pressure|pressures|forced|forcing|begged|begging|blackmailed|blackmailing|threatened|threatening|groomed|coerced|coercing|bullied|bullying|keeps asking|kept asking|been asking) (her|him|them|me|my (daughter|son|child|kid)|girls|boys|into) [~] to send
(made|makes|making) (her|him|me|my (daughter|son|child|kid)) send (him|her|them|pics|photos|pictures|videos|nudes|selfies)
(share|shared|post|posted|send|sent|leak|show|put) (them|the (pics|photos|pictures|videos)|your (pics|photos|nudes|pictures)|her (pics|photos|nudes|pictures)|his (pics|photos|nudes|pictures)) (to everyone|to all (your|her|his) friends|if (you|i|she|he) (tell|told|tells|don't|doesn't|didn't|won't|wouldn't)) | sextortion | high
(asked|asking|asks|told|telling|wants|wanted) (her|him|my (daughter|son|child|kid)) to send (him|her|them|pics|photos|pictures|videos|nudes|selfies) | | medium | weak
(passing|passed|pass|sending|sent|sharing|shared|spreading|circulating) (round|around|about) (a|the|some) (nude|naked|rude|explicit|sexual|dirty) | | high
(take|taking|took) (your|her|his) (top|clothes|clothes off|top off|pants off|shirt off) | | | weak
(show|shows|showed) me (your|ur) (body|boobs|tits|chest|bum|privates|dick|willy)
(what are you|what're you|wot u) wearing | | medium | weak
(child|kiddie|kiddy|underage) (porn|pornography|abuse images|abuse material)
(porn|pornography|pornographic) | | medium | weak
(touched|touching|touches|touch) (her|him|my (daughter|son|child)|me) (inappropriately|down there|in (her|his|my) private)
(sexual|sexually) (abuse|abused|assault|assaulted|harassment|harassed|touching|comments)
(revenge porn|sextortion|upskirting|upskirt)

@class sg-age = (5|6|7|8|9|10|11|12|13|14|15|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen) (year old|yr old|year-old|yo)
@class my-age-child = (my|our) {sg-age}
@class sg-lurker = man | men | stranger | strangers | someone | somebody | a car | a van | a guy | an adult | adults
@class sg-lurking = hanging around | hanging about | loitering | lurking | watching the children | parked up | sitting in a car | hanging round
@category grooming
# a secret is grooming with a second cue, or when it is kept from the child's parents; a surprise party, a present or
# secret Santa is not ("keep it a secret from Mr Hall!"): SafeguardingRisk drops this category in a text that holds a
# word of @list sg-surprise
@category grooming secrecy
(our|its our|it's our|this is our|be our|it's their|its their|their|it's just our|a special) [little] secret | | medium | weak
(our|its our|it's our|this is our|be our|their) little secret (from|and|so) | | high
(don't|do not|dont|never|not to|mustn't|must not) tell (your|ur|her|his) (parents|mum|dad|mom|family|carer|carers|foster (parents|carers)|mummy|daddy|mam)
# "no need to tell your mum" is also one adult to another ("..., I've already texted her"): said to children about
# their parents (plural) it is secrecy; about one parent it is a cue
(no need to|don't need to|don't have to|needn't|need not|better not|best not|better not to|best not to) tell your (parents|mums|dads|moms|mams|folks|mums and dads|carers)
(no need to|don't need to|don't have to|needn't|need not|better not|best not|better not to|best not to) tell your (mum|dad|mom|mam|family|mummy|daddy|mum or dad|mum and dad|carer) | | medium | weak
(don't|never|not to|mustn't|must not) tell your (mums|dads|moms|folks|mum or dad|mum and dad|mums and dads)
(no point|no point in|don't bother) telling your (parents|mum|mums|dad|dads|mom|moms|mam|folks|family|mum or dad|mum and dad)
(no need to|don't need to|don't have to|needn't) (tell|mention it to|say anything to|let) (anyone|anybody|a soul|your friends|ur friends|them) | | medium | weak
(this is|it's|its|it is|be|keep it|let's keep it|lets keep it|it'll be|it will be|it can be|just|it stays|it's just|its just) our (little|special) secret
(just|it's|its|it is|keep it|keep this|stay|stays|it stays|this stays|that stays|it'll stay|it's just|its just) (between us|between you and me|between u and me|between ourselves|between us two|between the two of us|our secret) | | medium | weak
# an adult calling a child by a pet name: a cue beside a secret or an offer (a wink or hush emoji is one too, read by
# SafeguardingRisk: the lexicon has no words for emoji)
(sweetheart|sweetie|sweetie pie|babe|baby girl|princess|cutie|darling|gorgeous|beautiful|pretty girl|good girl|good boy) | grooming | low | weak alone
# an offer of freebies to children, to be claimed in private: "Hey girls, DM me for free makeup samples"
(hey|hi|hiya|heya|calling all|attention|any of you|all you|any|you) [year (3|4|5|6|three|four|five|six)] (girls|boys|kids|lads|girlies) | grooming | low | weak
(girls|boys|kids|girlies) | grooming | low | weak alone
your (parents|mum|dad|mum and dad|folks) (wouldn't|won't|don't|never) (understand|get it|approve|need to know|have to know) | grooming secrecy | medium | weak
(dm|pm|inbox|message|msg|snap|snapchat|text|whatsapp|private message) me (for|to get|to claim|to win|and get|if you want) [some|a|your|my|the] (free|freebie|freebies|prize|prizes|gift|gifts|samples|sample|giveaway|goodies) | grooming | medium | weak
(dm|pm|inbox|message|snap|text|whatsapp) me and (i'll send|i'll give|you'll get) [you] [some|a|my|the] (free|freebie|freebies|prize|prizes|gift|gifts|samples|sample|goodies) | grooming | medium | weak
(want|wants|fancy|like|who wants|anyone want|who's after|whos after|wanna) [some|a|any|a few] (free|freebie) (makeup|make up|samples|skins|robux|vbucks|v-bucks|sweets|vapes|stuff|gifts|presents|tickets|phone|iphone|trainers|clothes|nails|lashes|credit|money|cash|games) | grooming | medium | weak
(don't|do not|dont|never) tell (your|ur) (teacher|teachers|friends) | | medium | weak
# an adult offering the reader something or asking for a picture in private: a cue beside a secret, which a present
# or a prize then does not excuse ("Don't tell your parents and I'll send you a present", "keep it between us, you won
# the raffle prize, just DM me a photo of yourself")
(i'll|ill|i will|i can|i could|i'm going to|im going to|i'm gonna|im gonna|i'd|i would) (send|give|buy|get|pay|treat) (you|u) | grooming approach | medium | weak
(dm|pm|inbox|message|msg|snap|snapchat|whatsapp|text|send|sending) me [~] <sg-media> of (yourself|urself|you) | grooming approach | medium | weak
(don't|do not|dont) tell anyone (about us|we talk|we're talking|about this|i said|what we|about me|about our) | | medium
(keep|keeping|kept|keeps) (it|this|us|our chats|our messages|what we do|the messages|the chats|everything) (a secret|secret|quiet) (from (your|her|his|their) (parents|mum|dad|mom|family|carers))
(keep|keeping|kept|keeps) (it|this|us|our chats|our messages|what we do|the messages|the chats|everything) (a secret|secret|between us|just between us|between you and me|quiet|to yourself|to herself|to himself) | | medium | weak
(asking|asked|asks|told|telling|tells) (her|him|my (daughter|son|child|kid)) to (keep|delete|hide) (it|this|the messages|messages|the chats|everything|them) (secret|a secret|quiet|from us|from me|from her parents|from his parents|from her mum|from his mum|between them|between us)
delete (our|the|these) (messages|chats|texts) (after|when|so)
@category grooming
(without telling|without (her|his|their) (parents|mum|dad) knowing|behind (her|his|your|their) (parents'|parents|mum's|dad's) back|not to tell) (anyone|anybody|her parents|his parents|us|me|her mum|his mum|her dad|his dad|your parents|your mum|your dad|a soul) | | medium | weak
(asked|asking|asks|told|telling|wants|wanted|invited|inviting|begging|pressuring|persuading|trying to get) (her|him|them|my (daughter|son|child|kid|boy|girl)|<my-child>) to meet (him|her|up|them|in person|alone|at|somewhere|without) | | medium | weak
<my-age-child> | | low | weak
asked <my-age-child> for (our|her|his|their|your|my) (address|home address|phone number|number|location|postcode|surname|school|photos|pics|pictures)
asked (my|our) (daughter|son|child|kid|boy|girl|little one|{sg-age}) for (our|her|his|their|your) (address|home address|phone number|location|postcode)
(asked|asking|asks) ~ (which|what) school (he|she|they|you) (goes|go|attends|attend|is at|are at) [to] | | medium | weak
(stranger|strangers|adult|adults|man|men|grown man|someone|somebody|a person|people) (on|in|from|playing) (fortnite|roblox|minecraft|snapchat|snap|tiktok|instagram|insta|discord|xbox|playstation|whatsapp|voice chat|a game|an online game|online games|among us|youtube|twitch|kik|omegle) | | medium | weak
(offering|offered|offers|offer|promised|promising|giving|gave|buying|bought) (them|her|him|kids|children|the children|my (daughter|son|child|kid)|girls|boys|the girls|the boys) (sweets|lifts|a lift|money|cash|gifts|presents|vapes|cigarettes|alcohol|robux|vbucks|v-bucks|skins|a phone|phones|credit|free robux|free stuff|drugs|weed) | | medium | weak
(offering|offered|offers|offer|promised|promising) (her|him|my (daughter|son|child|kid)|<my-child>) (money|cash|gifts|presents|robux|vbucks|v-bucks|skins|a phone|credit|free robux|free stuff|drugs|vapes) (to|if|for) (meet|send|sends|sending|come|keep|delete|photos|pics|pictures)
(if|when) (you're|you are|ur|your) under (10|11|12|13|14|15|16|18) | | medium | weak
(earn|make|get paid|making|earning) (money|cash|£|some money|some cash|quick money|easy money) (from|for|by|doing|sending|taking|with) (modelling|pics|photos|selfies|videos|pictures|your pics|your photos) | | medium | weak
(modelling|modeling) (pics|photos|pictures|shoot|shoots|work|jobs) | | low | weak
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
@class stranger = (someone|somebody|a man|a woman|an adult) (she|he|they) (doesn't|does not|don't|do not|has never|have never|never) (know|met)
@class contacting = [keeps|kept|has been|have been|is|was|started|keep|are|keeps on|has started] (messaging|texting|contacting|dming|calling|following|adding|snapchatting|sending (messages|photos|pictures|gifts) to|asking|approaching|filming|photographing|watching)
@class contacting = [has|have|had] (added|friended|followed|messaged|dmd|dm'd|contacted|approached|befriended|sent a friend request to|friend requested|been messaging|been chatting to|been talking to)
<stranger> <contacting> (my|our|her|him|the kids|children|kids|pupils|girls|boys)
(keeps|kept|has been|have been|is|was) (messaging|texting|contacting|dming|snapchatting|following|asking) (my|our) (daughter|son|child|kid|kids|children|girl|boy|little one|niece|nephew|grandson|granddaughter)
(messaging|messaged|texting|texted|contacting|contacted|asking|asked|sending) (my|our) (daughter|son|child|kid|kids|children|girl|boy|niece|nephew|grandson|granddaughter) (for|to send|to meet|asking her|asking him|inappropriate|rude|sexual|explicit|nude|naked|photos|pictures|pics)
(groomed|grooming (my|her|him|our|children|kids)|groomer|groomers|being groomed|was groomed|is grooming)

<sg-lurker> [has been|have been|is|are|was|were|keeps|kept|keep|has|'s been|seen|spotted] <sg-lurking> [outside|near|around|by|at] [the] (school|gates|school gates|playground|park|field) | stranger near school | high
(taking|took|filming|filmed|photographing) (photos|pictures|videos|pics|footage) of (the children|children|kids|the kids|pupils|the girls|the boys|girls|boys|young girls|my (daughter|son|child|children|kids)|our (daughter|son|child|children|kids)) | stranger near school | medium | weak

@category radicalisation or extremism
(join|joining|joined|support|supporting|supports) (isis|isil|daesh|islamic state|al qaeda|al-qaeda|the taliban|hamas|hezbollah|national action|the jihad|jihad|the kkk|kkk|combat 18|patriotic alternative)
(jihad|holy war) (against|on) | | | noedu
(kill|death to|destroy|wipe out|exterminate) [all] [the] (infidels|kuffar|kafirs|unbelievers|nonbelievers|jews|muslims|gays|immigrants|whites|blacks|christians|america|the west|israel) | | | noedu
(white power|white pride worldwide|white genocide|race war|racial holy war|rahowa|great replacement|remigration now|14 words|fourteen words|1488|heil hitler|sieg heil|hitler was right|hitler did nothing wrong|deus vult|blood and soil|kill all muslims|kill all jews) | | | noedu
(martyr|martyrs|martyrdom) (operation|operations|for the cause)
<sg-media> of (beheadings|a beheading|executions|people being (killed|beheaded|executed|shot)|terrorist attacks|terror attacks|the massacre|massacres)
(beheading|beheadings|execution|terrorist|terror attack|isis) (videos|video|clips|footage) | | medium
(man|men|stranger|adult|guy|someone|a man|a woman) in a (car|van|white van|black car|silver car) [keeps|kept|has been|was|is|keep|have been] (asking|offering|following|watching|talking to|approaching|calling (to|over)|trying to get)
(asking|asked|asks) [the|some|my] (girls|boys|kids|children|her|him) (if|whether) (they|she|he) (want|wants|wanted) a lift | | medium | weak
(watching|watches|watched|sharing|shares|shared|reading|reads|listening to) (extremist|terrorist|jihadi|isis|far right|far-right|nazi|neo-nazi|beheading) (videos|content|material|propaganda|stuff|posts|videos online|groups|channels|speeches)
(being|been|getting|got|become|becoming|became) (radicalised|radicalized)
# calls to violence and recruitment: "take up arms", "join the brothers fighting abroad", "ready for when it kicks off"
(take up arms|taking up arms|took up arms|armed struggle|rise up and fight|overthrow the government|violent revolution|race traitors|kill the traitors|day of the rope) | | medium | weak
(take up arms|taking up arms|took up arms|rise up|rising up|wage war|declare war|go to war|fight back|armed struggle|violent struggle) against (the government|the state|the police|the west|the kuffar|the infidels|the unbelievers|immigrants|muslims|jews|the jews|the elites|the system|them all|our enemies|the invaders|the traitors)
(join|joining|joined) (the|our) (brothers|brotherhood|fighters|mujahideen|mujahedeen|caliphate|jihad|holy war|soldiers of|army of|armed struggle|uprising)
(join|joining) (the|our) (fight|struggle|cause|resistance|movement) | | medium | weak
(brothers|fighters|soldiers|mujahideen) (fighting|dying|fight|martyred) (abroad|overseas|in syria|in iraq|in afghanistan|for the cause|for allah|for the ummah|for our people|for the race|for the nation)
(true believers|the ummah needs|the cause needs|our people need|the nation needs) | | medium | weak
(martyrdom|martyr|martyrs|shaheed|shahid|caliphate|khilafah|young lions|cubs of the caliphate|lions of|the kuffar|kuffar|infidels|crusaders|zog|white race|race traitor|ethnostate|the great replacement|rahowa) | | medium | weak
(martyrdom|jihad|dying for the cause|holy war|the caliphate) (is|was) (the|a) (highest|greatest|best|true|only) (honour|honor|path|duty|way|calling)
(die|died|dying) (as|a) (martyr|martyrs|shaheed) | | high
(the|our) (caliphate|ummah|race|nation|people) (needs|need|calls|is calling|will rise) (its|our|their|you|young) | | medium | weak
(ready|prepare|preparing|prepared|training|train) for (when it kicks off|when it all kicks off|the race war|the war to come|the coming war|day x|the uprising|the fight ahead|what's coming) | | medium | weak
(train|training|trains|drill|drilling|meet|meets|camp|camping) in the (woods|forest) | | low | weak
(boys|lads|young men|young lads|kids|teenagers|young people) (aged|age|from) (10|11|12|13|14|15|16) (and|or|plus) (up|over|above|older) (welcome|wanted|needed|only) | | low | weak
(watching|watches|watched|listening to|sharing|reading) (videos|stuff|things|posts|clips|speeches|podcasts|content) (saying|that say|that says|telling|about how) ~ (need to|should|must|have to|got to) (fight|take up arms|rise up|kill|attack|wage war|go to war|get rid of|wipe out|deport|hate) | | high
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
(telling|told|tell|tells|saying|said) (her|him|my (daughter|son|child|kid)|<my-child>) (to|she should|he should|she needs to|he needs to) (die|go die|go and die|drop dead|disappear|kys|neck (herself|himself)|end it)
(calling|called|call|calls) (her|him|my (daughter|son|child|kid|boy|girl)|<my-child>) (fat|ugly|fat and ugly|a freak|a loser|a slag|a slut|worthless|disgusting|a weirdo|a nobody|a fat|an ugly|horrible names) | | medium
(group chat|groupchat|group chats) (where|in which|that) (they|everyone|people|kids|children) (bully|bullies|bullied|mock|mocks|laugh at|laughed at|are mean to|exclude|excluded|slag off|gang up on) | | medium
(group chat|groupchat|group chats|chat|page|account|server) (where|in which|that|just for|for) [~] (mocking|mock|mocks|laughing at|laugh at|making fun of|make fun of|slagging off|slag off|bullying|bully|ganging up on|rating|hating on|taking the mick out of) | | medium
(we|i|we all|everyone) (hate|hates) ~ (group chat|groupchat|group|chat|page|account|club|server) | | medium | weak
(added|invited|add|invite) (everyone|everybody|the whole class|all the class|the whole year) (except|apart from|but|bar) (him|her|them|my (son|daughter|child|kid|boy|girl)|<my-child>) | exclusion | medium | weak
(left|leaving|kicked|kicking|removed|removing|blocked|blocking|excluded|excluding) (him|her|my (son|daughter|child|kid|boy|girl)|<my-child>) (out of|from) (the|every|all the|their|a) (group chat|group chats|groupchat|chat|chats|group) | exclusion | medium | weak
(filming|filmed|films|film|recording|recorded|videoing|videoed) (another child|other children|other kids|a child|a kid|him|her|them|kids|children|a boy|a girl|boys|girls|someone|younger kids|<my-child>) (being|getting) (pushed|hit|beaten|bullied|attacked|picked on|punched|kicked|hurt|beaten up|pushed around|humiliated|stripped|slapped|tripped|spat on|thrown|dunked)
<sg-media> of (him|her|them|a child|another child|a boy|a girl|someone|my (son|daughter|child|kid)|<my-child>) (being|getting) (pushed|hit|beaten|bullied|attacked|picked on|punched|kicked|hurt|beaten up|pushed around|humiliated|stripped|slapped|tripped|spat on)
(posting|posted|post|posts|sharing|shared|share|putting|put|uploading|uploaded|sending|sent) (it|them|the video|videos|the videos|the clip|clips|the photos|photos|pictures|pics) [online|on (tiktok|snapchat|snap|instagram|insta|whatsapp|youtube|facebook)] for (laughs|a laugh|likes|views|fun|everyone to see) | | medium | weak
(rate|rating|rates|rank|ranking|ranks|vote for|voting for|poll|polls) (the|who's the|whos the|who is the) (ugliest|fattest|weirdest|smelliest|worst|dumbest|thickest|most annoying|most hated|biggest loser|sluttiest) 
(ugliest|fattest|weirdest|smelliest|dumbest|thickest|sluttiest|most hated) (girl|boy|kid|child|person|pupil|student|one|girls|boys|kids) (in|at) (year|the class|the school|our class|class|school|the year)
(a|an|the|this|some) fake (account|accounts|profile|profiles|page|pages|insta|tiktok|snapchat) | impersonation | medium | weak
(a|an|the|this|some) fake (account|profile|page) (of|about|posting|using|pretending to be|in the name of|with) (her|his|my (son|daughter|child|kid)|<my-child>|a (girl|boy|child|pupil)|pupils|children|kids|photos|pictures) | impersonation | medium
(blackmail|blackmailing|blackmailed|sextortion) (my|our|her|him)
(someone|somebody|a boy|a girl|a man|a woman|kids|people|they|he|she|some boys|some girls|older boys|older kids|a group) (is|are|has been|have been|keeps|keep|was|were|started) (threatening|bullying|harassing|blackmailing|hitting|hurting|picking on|stalking|tormenting) (my|our) (son|daughter|child|kid|kids|children|boy|girl|little one|niece|nephew|grandson|granddaughter)

@category online harm
(blackout|skullbreaker|skull breaker|tripleb|benadryl|momo|blue whale|choking|fainting|salt and ice|nyquil chicken|milk crate) challenge | dangerous online challenge | medium
(county lines|drug dealing|dealing drugs|selling drugs|carrying knives|carrying a knife|brought a knife|bringing a knife|has a knife|had a knife|carries a knife) | | medium
(running away|ran away|missing from home|went missing|gone missing) | | medium | weak
(hits|hit|beats|beat|hurts|hurt) (me|her|him) at home | abuse at home | high
@class sg-home-adult = (my|her|his|their|our) (stepdad|step dad|stepfather|step father|stepmum|step mum|stepmother|mum's boyfriend|mums boyfriend|mum's partner|mums partner|dad's girlfriend|dads girlfriend|uncle|dad|mum|mom|father|mother|brother|sister|nan|grandad|carer|foster (dad|mum|carer)) | he | she
<sg-home-adult> (hits|beats|punches|kicks|slaps|chokes|strangles|burns|belts|whips|smacks|touches|threatens) (me|her|him|us|my (mum|brother|sister)) (when|every|if|all the time|at home|and|with|because|a lot|whenever|in) | abuse at home | high
(hits|beats|punches|kicks|slaps|hurts|hit|beat|hurt) (me|her|him|us) (when|whenever) (he's|she's|he is|she is|they're|they are|he gets|she gets|mum is|mum's|dad is|dad's) (drunk|angry|high|mad|out|at work|away|in a mood) | abuse at home | high
(things|it) (get|gets|got) (bad|really bad|scary) at home | abuse at home | medium
(scared|afraid|frightened) (to go|of going) home | abuse at home | high
(no food|nothing to eat|not enough food|haven't eaten|hasn't eaten) (at home|in the house|for days) | neglect | medium
(locked|locks) (me|her|him) in (my|her|his|the) (room|bedroom|cupboard) | abuse at home | high

# words that make a secret a surprise, not grooming (read by SafeguardingRisk for the grooming secrecy category)
@list sg-surprise
surprise surprises surprised santa birthday birthdays party parties present presents gift gifts mother's father's
christmas xmas card cards cake cakes easter shh shhh raffle raffles tombola prize prizes hamper hampers panto
pantomime magician

# words that speak to the reader or of the writer ("you", "me"): a lone cue of secrecy followed by news that holds none
# of them is an adult passing on news ("Keep it between us but the raffle prize is a hamper 🤫"); followed by one, it
# may be said to a child ("Keep it between us but you look so grown up 😉"); read by SafeguardingRisk
@list sg-addressee
you your yours yourself yourselves u ur you're youre you'll youll you've youve you'd youd ya me
