# threat.lex — THREAT: text that itself threatens, harasses or intimidates (Little Eaton 5.5.iii).
# Scope: threats of violence, of turning up ("I know where you live", "getting a visit from me"), of harm to a career
# or a family, veiled threats ("you'll regret it", "watch your back", "you've been warned"), wishes of harm to a
# group ("people like you should be shot"), threats against the school (bomb, burn, shoot up).
# Leaves out on purpose:
#  - reports of threats, grooming or bullying by someone else ("a man keeps messaging my daughter", "they said they'd
#    hurt him"): those are SAFEGUARDING_RISK (safeguarding.lex);
#  - "kill yourself" and other cyberbullying aimed at a child: SAFEGUARDING_RISK;
#  - everyday violence in idiom: killing it, killed it, dying to see, could kill for a coffee, shoot (netball), break a
#    leg, bath bomb, photo bomb, knock 'em dead, blow away, smash it (these never match: the phrases below need a
#    threatening frame; the clearest ones are in exceptions.lex too);
#  - complaints that threaten formal action ("I will take this to Ofsted", "I'm contacting my solicitor"): lawful
#    escalation is a COMPLAINT, not intimidation.

@codes THREAT
@severity high

@class harm = hurt | kill | murder | stab | shoot | punch | batter | smash | slap | kick | strangle | burn | knife
@class harm = glass | deck | floor | leather | do in | end | ruin | slash | hang | lynch | torch | jump | rape | attack
@class harm = hunt down | thump | knock out | lamp | whack | headbutt | smack | beat up | bash | hit | choke | drown
@class harm = kick the shit out of | kick the crap out of | kick the hell out of | beat the shit out of | batter the shit out of

@category threat of violence
(i'll|we'll|i will|we will|i'm gonna|im gonna|we're gonna|i am going to|we are going to|gonna|going to|i'd|i would|i could|i swear i'll) {harm} <target>
(i'll|we'll|i'm gonna|im gonna|gonna|going to|i will|we will|i'd|i would) (break|smash|snap|cave|kick|punch) (your|his|her|their) (legs|leg|neck|face|head|teeth|jaw|nose|arms|arm|skull|fingers)
(i'll|we'll|gonna|going to|i will|we will) (smash|kick|knock|punch|bash) (your|his|her|their) (face|head|teeth|lights) (in|out)
(i'll|i will|gonna|we'll|we will|i'm gonna) (make|make sure) (you|u|her|him|them) (pay|suffer|bleed)
(i'll|i will|we'll|we will) make sure (you|u|she|he|they) (never (work|teach|see|walk)|lose (your|her|his|their) (job|jobs|career|kids|children)|regret|regrets|pay|pays|suffer|suffers|get sacked|are sacked|get fired|are fired|get struck off)
(i'll|i will|we'll|we will|gonna|going to) make (your|her|his|their) life (hell|a misery|a living hell|hell on earth)
(i'll|i will) give (you|u|her|him|them) something to cry about
(you're|your|ur|you are) (dead|dead meat|so dead|gonna get it|in for it|going to get it)
(you've|you have|she's|he's|they've) got it coming
(your|ur) (card is marked|days are numbered)
(you'll|you will|you're gonna|you are going to|you're going to|she'll|he'll|they'll) (get|be getting) (what's coming|whats coming|what you deserve|what's coming to you|battered|smashed|done in|stabbed|shot|your head kicked in|a slap|a kicking|a beating)
sleep with one eye open
(i|we) know where (you|u|she|he|they|your (kids|children|family|son|daughter|kid)) (live|lives|work|works|go to school|goes to school|park|parks|sleep|sleeps)
(i've|i have|we've|we have) got (your|ur) (address|home address) | | medium | weak
(i'm|i am|we're|we are|im) (coming|gonna come|going to come) (for|after|to get) (you|u|her|him|them)
(getting|get|got|have|gets) (a|an) (visit|little visit|home visit|surprise visit) (from|off) (me|us|my (brothers|family|mates|boys|husband|partner|dad|son|sons|cousins|lads))
(pay|paying) (you|u|her|him|them|your house) (a|an) (visit|little visit|surprise visit) | | medium | weak
(i'll|we'll|i will|we will|gonna|going to) (get|catch) (you|u|her|him|them) (outside|after school|at the gates|at the gate|on the way home|in the car park|alone|on your own|back|for this|for that)
(i'll|we'll|i will|we will) see (you|u|her|him|them) (outside|at the gates|at the gate|after school|in the car park) | | medium | weak
(i'll|we'll|i will|we will) find (you|u|her|him|them) | | medium | weak
wait (till|until) (i|we) (see|get|catch|get hold of|get my hands on) (you|u|her|him|them)
(watch|mind) (your|ur|his|her|their) (back|backs)
(watch|mind) (yourself|yourselves|out) | | medium | weak
(better|best) watch out | | medium | weak
you've been warned | | medium | weak
(this is|it's|consider this|that was|this is your) [a|your] (last|final|only) warning | | medium | weak
(last|final) warning | | medium | weak
(you'll|you will|u will|she'll|he'll|they'll) (regret|be sorry)
(you'll|you will|u will|she'll|he'll|they'll) (live to regret|regret the day|rue the day|regret crossing|regret messing with|pay for this|pay for that|pay for what)
(people|folk|teachers|staff|women|scum) like (you|u|her|him|them) (should|need to|deserve to|ought to) (be|get) (shot|hanged|hung|killed|stabbed|burned|burnt|beaten|battered|lynched|put down|gassed|dead|taken out)
(someone|somebody) (should|needs to|ought to|oughta|is gonna|is going to) {harm} (you|u|her|him|them|that teacher|the head|the headteacher|this school)
(hope|i hope|hopefully) (you|u|she|he|they) (die|dies|get cancer|gets cancer|get hit by a|gets hit by a|rot|burn|burns|get hurt|gets hurt|get raped|suffer|suffers|drop dead|drops dead)
(i'll|we'll|i will|we will|i'm gonna|we're gonna|i am going to|we are going to|gonna|going to) (bomb|burn down|blow up|shoot up|torch|firebomb) (the|this|your) (school|building|classroom|office|house|car|place)
(bomb|burn down|blow up|shoot up|torch|firebomb) the school
(i'll|we'll|i will|we will|i'm gonna|we're gonna|gonna|going to) (burn|blow|shoot|bomb|smash) (the|this|your) (school|building|classroom|office|house|car|place) (down|up)
(there's|there is|there will be) a bomb (in|at|on|under)
(i'll|i will|i'm gonna|i am going to|gonna) (bring|take) a (knife|gun|blade|machete) (to|into|in)
(i'll|we'll|i will|we will|i'm gonna|gonna) (ruin|end|destroy) (your|her|his|their) (career|life|job|reputation|marriage)
(i'll|i will|we'll|we will) (get|have) (you|u|her|him|them) (sacked|fired|struck off)
(you|she|he|they) (won't|will not|wont) (enjoy|like|forget) (it|this|that|what happens|what's coming) | veiled threat | medium | weak
(you|she|he|they) (won't|will not|wont) know what (hit|has hit) (you|her|him|them) | veiled threat | medium
(not|never) (safe|gonna be safe|be safe) (around|near) | veiled threat | medium | weak
(nice|lovely) (house|car|family|kids|children) (you've|you have|she's|he's) got [there] | veiled threat | medium | weak
(it would be|it'd be|itd be|be) a shame (if|for) (something|anything) (happened|happens|were to happen) (to|with) | veiled threat | high
(accidents|things) (happen|can happen) | veiled threat | medium | weak
(i'll|i will) be waiting | veiled threat | low | weak
(waiting for|wait for|get|catch|find|sort out|deal with|have a word with) that (teacher|woman|man|cow|bitch|head|headteacher|witch|prat|idiot) | intimidation | medium | weak
(i'm|we're|im|were) watching (you|u|her|him) | veiled threat | low | weak
(i've|i have|we've|we have) (got|hired|sent|called) (people|friends|lads|mates|someone) (to|who|that) | intimidation | medium | weak
(me|i) and my (brothers|family|mates|boys|lads|cousins|husband|dad|sons|friends) (will|are|gonna|are gonna|are going to|are coming) | intimidation | medium | weak
(you|she|he|they) (has|have) no idea who (you're|you are|she's|she is|he's|he is|they're|they are) (dealing|messing) with | intimidation | medium
(do|does) (you|she|he) know who (i|we) (am|are) | intimidation | medium | weak
(mess|messing|messed) with the wrong (family|person|mum|dad|people) | intimidation | medium
(outside|at) the (gates|gate) (tomorrow|tonight) | intimidation | low | weak
(teach|teaching) (you|u|her|him|them|that teacher) a lesson (you|she|he|they) (won't|will not|wont) forget
(i'll|i will|we'll|we will|gonna|going to) teach (you|u|her|him|them) a lesson
