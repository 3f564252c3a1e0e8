# threat.lex — THREAT: text that itself threatens, harasses or intimidates (Little Eaton 5.5.iii).
# Scope: threats of violence, of turning up ("I know where you live", "getting a visit from me"), of harm to a career
# or a family, veiled threats ("you'll regret it", "watch your back", "you've been warned"), wishes of harm to a
# group ("people like you should be shot"), threats against the school (bomb, burn, shoot up), harassment and
# exposure ("I'll make her life hell", "I'll keep messaging every member of staff until ...", "everyone will know
# your address").
# How it is built: a few general frames rather than sentences —
#   speaker (I / we / me and my brothers) + future + harm + target ("we'll batter him", "I'll find you and kill you");
#   knowing where someone is ("I know where Mrs X lives", "we know which car is yours", "I know what time you leave");
#   turning up ("I'll be outside her house", "we'll be waiting for Mr X in the car park");
#   a coming beating ("she's getting a slap", "they'll be getting a kicking");
#   predictions of regret or payback ("you lot will regret this", "they will pay for it.");
#   warnings and ultimatums ("had better watch out", "or else.", "if he crosses me again", "one more ... and I'll").
# Weak cues (flag weak) are menacing only with a second, different cue of this file in the same text.
# Leaves out on purpose:
#  - reports of threats, grooming or bullying by someone else ("a man keeps messaging my daughter", "they say they'll
#    get him after school"): those are SAFEGUARDING_RISK (safeguarding.lex), so the frames here speak in the first
#    person, or to the target ("you'll regret this"), never as "he said he'd ...";
#  - "kill yourself" and other cyberbullying aimed at a child: SAFEGUARDING_RISK;
#  - everyday violence in idiom and banter: killing it, dying to see, could kill for a coffee, shoot (netball), break a
#    leg, bath bomb, we'll kill them at netball, I'll kill him if he loses another jumper, sorry to see her go, you'll
#    regret missing the fair, I'll be waiting at the gates with the cake (exceptions.lex holds the idioms; the frames
#    here need a person as the target and a threatening verb);
#  - complaints that threaten formal action ("I will take this to Ofsted", "I'm contacting my solicitor"): lawful
#    escalation is a COMPLAINT, not intimidation.

@codes THREAT
@severity high

# --- word classes -----------------------------------------------------------------------------------------------
# the speaker and the future: who threatens (never a third person, whose threats are reported, not made)
@class th-will = i'll | we'll | i'd | we'd | i would | we would | i swear i'll | i swear down i'll | i swear to god i'll
@class th-will = i'm gonna | we're gonna | i'm about to | we're about to | i'm going to have to | i promise i'll
@class th-will = (me and my|my) (brothers|brother|family|mates|boys|lads|cousins|husband|partner|dad|sons|friends) (will|'ll|are gonna|are going to|is gonna|is going to)
# doing harm to a person
@class harm = hurt | kill | murder | stab | shoot | punch | batter | smash | slap | kick | strangle | burn | knife
@class harm = glass | deck | floor | leather | do in | end | slash | lynch | torch | jump | rape | attack
@class harm = hunt down | thump | knock out | lamp | whack | headbutt | smack | beat up | bash | hit | choke | drown
@class harm = kick the shit out of | kick the crap out of | kick the hell out of | beat the shit out of | batter the shit out of
@class harm = throttle | destroy | bury | twat | wallop | clobber | chin | knock the living daylights out of
@class harm = beat the living daylights out of | knock seven bells out of | put in hospital | put in the ground
@class harm = break the legs of | break the neck of | rip the head off | set fire to
# who is threatened (a slot: read where it stands). A title alone stands for the title and surname that follow it.
@class th-target = you | u | ya | yous | you lot | you all | all of you | the lot of you | every one of you | him | her
@class th-target = them | em | whoever | anyone who | anybody who | the person who | the one who | the people who
@class th-target = (your|her|his|their) (kid|kids|child|children|son|daughter|family|husband|wife|partner|car|house|dog)
@class th-target = (that|this|the) (teacher|woman|man|cow|witch|bitch|prat|idiot|head|headteacher|head teacher|deputy|dinner lady|lollipop lady|receptionist|ta|governor|governors|coach|bloke|boy|girl|family|lot|class teacher|deputy head|senco|caretaker|chair|office lady|office staff)
@class th-target = (his|her|their|my (son's|daughter's|kid's|child's|boy's|girl's)) (teacher|class teacher|head|headteacher|ta)
@class th-target = those (kids|boys|girls|teachers|people|parents|staff) | every (teacher|member of staff) | the staff | the teachers
@class th-target = mr | mrs | miss | ms | mx | dr | sir | (the|that) (head|headteacher) (of|at) (that|this|the) school
@class th-someone-there = (someone|somebody|people|one of you|staff|a teacher|teachers) (at|in|from) (that|this|the|your) (school|place|office)
# who will regret it or pay for it (a prediction made to the target, not a report)
@class th-you-will = you'll | you will | you lot will | yous will | you people will | all of you will | the lot of you will
@class th-you-will = she'll | she will | he'll | he will | they'll | they will | whoever did this will | whoever it was will
@class th-you-will = (the|that) (head|headteacher|school|teacher|governors|woman|man|cow) (will|is going to|is gonna|are going to|are gonna)
@class th-you-will = (you're|you are|she's|she is|he's|he is|they're|they are|you lot are) (gonna|going to)
# a beating that is coming
@class th-beating = (a|an) (slap|smack|kicking|good kicking|slapping|good slapping|good slap|good smack|good punch|hiding|good hiding|thumping|good thumping|pasting|clip round the ear|smack in the mouth|punch in the face|kick in the head|knuckle sandwich)
@class th-whose = you | u | she | he | they | (your|her|his|their) (kids|children|family|son|daughter|kid|mum|wife|husband|partner)
@class th-know = know | found out | have found out | know exactly | know full well | worked out | can find out
# what a person's whereabouts look like
@class th-where = live | lives | work | works | park | parks | sleep | sleeps | drink | drinks | stay | stays | shop | shops
@class th-where = go to school | goes to school | go to the gym | goes to the gym | walk the dog | walks the dog

@category threat of violence
<th-will> <harm> <th-target>
<th-will> (personally|myself|happily|gladly) <harm> <th-target>
<th-will> (knock|beat|kick|smash|punch|batter|bash|duff|kick the shit|beat the shit|kick the crap|beat the crap|knock the shit) (you|u|her|him|them|em|that (teacher|woman|man|cow|head)) (out|up|in)
<th-will> do (you|u|her|him|them|em) (in|over)
# "I'll find you and kill you", "I'll come in and drag her out", "I'll come down there and sort you out myself"
<th-will> ~ and <harm> <th-target>
<th-will> ~ and (drag|haul|pull|throw|kick|chuck) (you|her|him|them|~) out (of|by)
<th-will> (drag|haul|throw|kick|chuck) (you|her|him|them) out of (her|his|your|their|the) (office|classroom|class|school|house|car|job)
<th-will> come (down|in|round|up|over|back|to) [~] and (sort|sort out|deal with|drag|haul|smack|slap|batter|thump|punch|hit) (you|u|her|him|them|that (teacher|woman|man|cow|head)|(mr|mrs|miss|ms|mx|dr) ~ out)
<th-will> ~ and (sort|sort out) (you|u|her|him|them) out | intimidation | low | weak
<th-will> (sort|sort out) (you|u|her|him|them) out (myself|personally|properly|once and for all) | | medium
<th-will> (get|send|have|bring) (my|our|some|a few) ~ (to|round to) <harm> <th-target>
<th-will> (break|smash|snap|cave|kick|punch|bust|crack|rip|tear) (your|his|her|their) (legs|leg|neck|face|head|teeth|jaw|nose|arms|arm|skull|fingers|knees|kneecaps|ribs|windows|car)
<th-will> (smash|kick|knock|punch|bash) (your|his|her|their) (face|head|teeth|lights|block) (in|out|off)
<th-will> (make|make sure) (you|u|her|him|them|~) (pay|suffer|bleed|sorry|regret it)
<th-will> make sure (you|u|she|he|they) (never (work|teach|see|walk)|lose (your|her|his|their) (job|jobs|career|kids|children)|regret|regrets|pay|pays|suffer|suffers|get sacked|are sacked|get fired|are fired|get struck off)
<th-will> give (you|u|her|him|them) something to cry about
<th-will> teach (you|u|her|him|them|that ~) a lesson
(someone|somebody|people) (should|needs to|need to|ought to|oughta|is gonna|are gonna|wants to|is going to have to) (teach|show) ~ a lesson
(teach|teaching) (you|u|her|him|them|that teacher) a lesson (you|she|he|they) (won't|will not|wont|will never|'ll never) forget
(you're|your|ur|you are) (dead|dead meat|so dead|gonna get it|in for it|going to get it|a dead man|a dead woman)
(you've|you have|she's|he's|they've|she has|he has|they have) got it coming
(your|ur|her|his|their) (card is marked|days are numbered)
(you'll|she'll|he'll|they'll|you're gonna|she's gonna|he's gonna|they're gonna) (get|be getting) (what's coming|whats coming|what you deserve|what's coming to you|what's coming to her|what's coming to him|what's coming to them|battered|smashed|done in|stabbed|shot|your head kicked in|her head kicked in|his head kicked in|a beating|a battering)
(you're|she's|he's|they're|you are|she is|he is|they are|is|are|will be|'ll be|is gonna be|are gonna be) (getting|gonna get|going to get) <th-beating>
(you|she|he|they|you lot) (will|'ll|is gonna|are gonna) get <th-beating>
sleep with one eye open
(get|gets|getting) (what's coming|whats coming) (to (her|him|them|you)|$)
<th-will> give (you|u|her|him|them|<th-target>) <th-beating>
(someone|somebody|people) (should|needs to|ought to|oughta|wants to) give (you|u|her|him|them|<th-target>) <th-beating>
<th-will> wait for (you|u|her|him|them|<th-target>) [~] and (sort|sort out|deal with|batter|smack|slap|punch|hit|thump|kick|smash)
(tell|warn|remind) (her|him|them|<th-target>) [~] (to|she'd better|he'd better|they'd better|she better|he better) (watch (herself|himself|themselves|her back|his back|their backs|out)|sleep with one eye open)
<th-will> find out where <th-whose> <th-where>
(next time|the next time|when|as soon as) (i|we) (see|catch|get hold of|get my hands on) (you|u|her|him|them|that|<th-target>) | intimidation | medium | weak
wait (till|until) (i|we) (see|get|catch|get hold of|get my hands on) (you|u|her|him|them)
<th-someone-there> (is|are|will|'s) [gonna] (get hurt|be hurt|get it|pay|suffer|regret it)
(someone|somebody|people) (is|are|will|'s) (gonna|going to|) (get hurt|be hurt|get seriously hurt) | | medium | weak
(someone|somebody|people) (should|needs to|ought to|oughta|is gonna|is going to|wants to) <harm> <th-target>
(someone|somebody|people) (should|needs to|ought to|oughta|is gonna|is going to|wants to) <harm> (that|this|the) (school|place|building)
(people|folk|teachers|staff|women|men|parents|scum|the likes of|the lot of) like (you|u|her|him|them|that) (should|need to|deserve to|ought to|wants) (be|get) (shot|hanged|hung|killed|stabbed|burned|burnt|beaten|battered|lynched|put down|gassed|dead|taken out|strung up|locked up|run out of town|run out|stoned|wiped out|exterminated)
(you|she|he|they|you lot|all of you) (should|need to|deserve to|ought to) (be|get) (shot|hanged|hung|lynched|put down|gassed|strung up|stabbed|beaten|battered|burned alive|burnt alive|stoned|taken out back)
(hope|i hope|hopefully|wish) (you|u|she|he|they|your (kids|family)) (die|dies|get cancer|gets cancer|get hit by a|gets hit by a|rot|burn|burns|get hurt|gets hurt|get raped|suffer|suffers|drop dead|drops dead|crash|crashes|get run over|gets run over|never walk again)
(you|she|he|they) (won't|will not|wont) (live to see|see another day|see christmas|see the weekend)

@category weapon
(i've got|i have got|i've|i have|i keep|got|there's|there is|we've got) (a|my) (baseball bat|knife|machete|crowbar|blade|gun|shotgun|axe|tyre iron|cleaver) (in the boot|in my boot|in the car|in my car|in my bag|in my pocket|under my seat|in my van|in the van|with (your|her|his|their) name on it|for (you|anyone|anybody|whoever|him|her|them|the next|that))
(a|my) (bullet|knife|blade) with (your|her|his|their|~) name on it
<th-will> (bring|take|bring along) (a|my) (knife|gun|blade|machete|axe|shotgun|baseball bat|crowbar) (to|into|in|with me|next time|tomorrow|up|down)

@category threat against the school
<th-will> (bomb|burn down|blow up|shoot up|torch|firebomb|petrol bomb|trash|smash up|set fire to) (the|this|that|your) (school|building|classroom|office|house|car|place)
(bomb|burn down|blow up|shoot up|torch|firebomb|set fire to) (the|this|that) school
(going to|gonna) (bomb|burn down|blow up|shoot up|torch|firebomb) (the|this|that|your) (school|building|classroom|office|house|car|place)
(going to|gonna) (blow|burn|shoot) (the|this|that|your) (school|building|classroom|office|house|car|place) (down|up)
<th-will> (burn|blow|shoot|bomb|smash) (the|this|that|your) (school|building|classroom|office|house|car|place) (down|up)
(burn|torch) (it|the|that|this|your) (school|place|building|house|classroom|office|car) (down|to the ground)
(burn|torch) (it|the|that|this|your) (school|place|building|house|classroom|office|car) to the ground
(there's|there is|there will be|there'll be) a bomb (in|at|on|under)
(is|are|'s) (going to|gonna) (burn|burn down|go up in flames|get burnt down|get burned down|blow up) | | medium | weak
(is|'s|will) [gonna|going to] (burn|burn down|go up in flames|get torched|get burnt down|get burned down|burn to the ground) $ | | medium
(a|the|some) (brick|bricks|rock|rocks|stone|stones) through (your|her|his|their|the head's|the teacher's) (window|windows|windscreen|door)
(a|the|some) (brick|bricks|rock|rocks|stone|stones) through the (window|windows) | | medium | weak
(keep|keeping) an eye on (your|her|his|their) (windows|tyres|car|house|door|front door|back door|letterbox|garden) (tonight|tomorrow|tomorrow night|this weekend|at night)
(watch|check|mind) (your|her|his|their) (windows|tyres|brakes|letterbox|front door) (tonight|tomorrow|tomorrow night|this weekend|at night)
(keep|keeping) an eye on (your|her|his|their) (windows|tyres|car|house|front door|back door|letterbox) | | medium | weak

@category knowing where someone is
(i|we) [now|already|even] <th-know> where <th-whose> <th-where>
(i|we) [now|already|even] <th-know> where ~ (live|lives|sleeps|parks) 
(i|we) [now|already|even] <th-know> (which|what) (car|house|road|street|flat|door|bus|gym|pub|reg) (is yours|is hers|is his|is theirs|you drive|she drives|he drives|they drive|you live in|she lives in|he lives in|you park|she parks|he parks|belongs to)
(i|we) [now|already|even] <th-know> (which|what) (car|house) ~ (drives|drive|lives in|live in|parks)
(i|we) [now|already|even] <th-know> what time (you|she|he|they|your (wife|husband)|(mr|mrs|miss|ms|mx|dr) ~) (leave|leaves|get home|gets home|lock up|locks up|go home|goes home|leave work|leaves work|walk home|walks home|leave school|leaves school|finish work|finishes work)
(i've|i have|we've|we have) got (your|ur|her|his|their) (address|home address|reg|number plate) | | medium | weak
(i'm|i am|we're|we are|im) (coming|gonna come|going to come) (for|after|to get) (you|u|her|him|them|<th-target>)
(i'm|we're|i am|we are|im|were) watching (you|u|her|him) | veiled threat | low | weak

@category turning up
(getting|get|gets|will get) (a|an) [little|surprise|home|house] visit (from|off) (me|us|my (brothers|family|mates|boys|husband|partner|dad|son|sons|cousins|lads|friends|brother|uncle|uncles))
(pay|paying|pays) (you|u|her|him|them|your house|~) (a|an) [little|surprise|home|house] visit | | medium | weak
<th-will> be (outside|waiting outside|parked outside|sat outside|standing outside) (your|her|his|their) (house|home|door|front door|flat|window|work) | | medium | weak
<th-will> be (outside|waiting outside|parked outside|sat outside|standing outside) (mr|mrs|miss|ms|mx|dr) ~ (house|home|door|front door|flat) | | medium | weak
(every|each) (night|day|morning|evening) until (you|she|he|they|the head|the school) (apologise|apologises|resign|resigns|leave|leaves|quit|quits|give in|gives in|pay|pays|listen|listens|back down|backs down)
<th-will> (get|catch) (you|u|her|him|them) (outside|after school|at the gates|at the gate|on the way home|in the car park|alone|on your own|on her own|on his own|back|for this|for that)
<th-will> (see|get|catch) (you|u|her|him|them) (outside|at the gates|at the gate|after school|in the car park) | | medium | weak
<th-will> find (you|u|her|him|them|whoever) $ | | medium
<th-will> find out (who|where) | | medium | weak
<th-will> be waiting (for|outside|at|by|in) | veiled threat | low | weak
<th-will> be waiting for (mr|mrs|miss|ms|mx|dr|sir) ~ (after school|outside|in the car park|at the gates|at the gate|at pick up|at home time|tonight|on monday|tomorrow) | veiled threat | medium | weak
<th-will> be waiting for (her|him|you|them|that|the|his|their) (teacher|head|headteacher|woman|man|cow|ta|governors|deputy|class teacher) | veiled threat | medium | weak
<th-will> be waiting for (her|him|you|them|<th-target>) (after school|outside|in the car park|at the gates|at the gate|at pick up|at home time) | veiled threat | medium | weak
(waiting for|wait for|get|catch|find|sort out|deal with|have a word with) that (teacher|woman|man|cow|bitch|head|headteacher|witch|prat|idiot) | intimidation | medium | weak
<th-will> (deal with|sort) (you|her|him|them) (myself|personally) | intimidation | medium
<th-will> deal with (you|her|him|them|<th-target>) | intimidation | low | weak
<th-will> come (down|in|round|up|over|back) (there|here|to the school|to school|to that school|to your house|to her house|to his house) | intimidation | low | weak

@category intimidation
(watch|mind) (your|ur|his|her|their) (back|backs)
(watch|mind) (yourself|yourselves|out|it|themselves|herself|himself) | | medium | weak
(better|best|had better|'d better) watch out | | medium | weak
(better|best|had better|'d better) not (show|come|set foot|turn up|go|be seen) ~ (face|here|again|near|round|anywhere)
(better|best|had better|'d better) not show (her|his|your|their) face
or else $ | | medium | weak
you've been warned | | medium | weak
(don't|do not|dont) say (i|we) didn't warn you | | medium | weak
(this is|it's|consider this|that was|this is your) [a|your] (last|final|only) warning | | medium | weak
(last|final) warning | | medium | weak
(if|when|next time) (you|she|he|they|~) (cross|crosses|crossed) (me|us)
(cross|crosses) (me|us) again
one way or another | | low | weak
(won't|will not|wont) be ~ for (much|very) longer | | low | weak
one more (detention|photo|picture|pic|post|word|comment|message|time|exclusion|sanction|complaint|email|phone call|call|letter) ~ and (i'll|we'll|you'll|she'll|he'll|they'll|i will|we will|you will|then) | ultimatum | medium | weak
(touch|touches|lay a finger on|lays a finger on|come near|comes near|go near|goes near|speak to|speaks to|talk to|talks to|shout at|shouts at|look at|looks at|put (her|his) hands on|puts (her|his) hands on|do that to) (my|our) (son|daughter|child|kid|kids|children|boy|girl|lad) again | ultimatum | medium | weak
(and|then) see what happens $ | ultimatum | medium | weak
(another|one more|a second|a third) (detention|exclusion|sanction|punishment|behaviour point|red card|suspension|isolation) | ultimatum | low | weak
(i'm|we're|i am|we are) bringing (some|my|a few|the) (friends|mates|brothers|lads|boys|family|cousins|backup|back up) | intimidation | medium | weak
(there are|there's|there is|there'll be|there will be) (three|four|five|six|seven|a few|loads|lots|plenty|a lot|a gang) of us | intimidation | medium | weak
(you|she|he|they) (won't|will not|wont) (enjoy|like|forget) (it|this|that|what happens|what's coming) | veiled threat | medium | weak
(you|she|he|they) (won't|will not|wont) know what (hit|has hit) (you|her|him|them) | veiled threat | medium
(not|never) (safe|gonna be safe|be safe) (around|near) | veiled threat | medium | weak
(nice|lovely) (house|car|family|kids|children|windows) (you've|you have|she's|he's) got [there] | veiled threat | medium | weak
[it would be|it'd be|itd be|be|would be|it'd|would] [a] shame (if|for|when) (something|anything|owt|summat) (happened|happens|were to happen|was to happen|bad happened|bad happens) (to|with) (them|her|him|you|your|those|that|it|his|their|the)
(accidents|things) (happen|can happen) | veiled threat | medium | weak
(i've|i have|we've|we have) (got|hired|sent|called) (people|friends|lads|mates|someone) (to|who|that) | intimidation | medium | weak
(me|i) and my (brothers|family|mates|boys|lads|cousins|husband|dad|sons|friends) (will|are|gonna|are gonna|are going to|are coming) | intimidation | medium | weak
(you|she|he|they) (has|have|'ve) no idea who (you're|you are|she's|she is|he's|he is|they're|they are) (dealing|messing) with | intimidation | medium
(you|she|he|they) (don't|doesn't|do not|does not) know who (you're|you are|she's|she is|he's|he is|they're|they are) (dealing|messing) with | intimidation | medium
(do|does) (you|she|he) know who (i|we) (am|are) | intimidation | medium | weak
(mess|messing|messed) with the wrong (family|person|mum|dad|people|parent) | intimidation | medium
(outside|at) the (gates|gate) (tomorrow|tonight) | intimidation | low | weak

@category payback
<th-you-will> (regret|rue) (this|that|the day|crossing|messing with|what)
<th-you-will> (regret|rue) it $
<th-you-will> (regret it|be sorry) | | medium | weak
<th-you-will> (regret|be sorry) $
<th-you-will> (live to regret|regret the day|rue the day|regret crossing|regret messing with|pay for what)
<th-you-will> pay for (it|this|that) $
<th-you-will> pay for (it|this|that) | | medium | weak
<th-you-will> pay for what (you|she|he|they) (did|done|have done|'ve done|has done|'s done|said)
<th-will> (ruin|end|destroy|finish) (your|her|his|their|that teacher's|the head's) (career|life|job|reputation|marriage)
<th-will> (ruin|destroy|finish) (you|her|him|them)
<th-will> (get|have) (you|u|her|him|them|<th-target>) (sacked|fired|struck off)

@category harassment
<th-will> make (your|her|his|their|~) life (hell|a misery|a living hell|hell on earth|miserable|unbearable)
<th-will> keep (messaging|texting|ringing|calling|emailing|phoning|posting about|tagging|turning up at|coming to|coming after) (you|her|him|them|every|all|the|your|everyone|everybody|staff|teachers|<th-target>) | | low | weak
(day and night|every single day|every day and night|24 7|24/7) | | low | weak
(until|till|unless) (you|they|she|he|the school|the head) (give|gives) (me|us) what (i|we) (want|wants)
<th-will> (post|share|put|publish|spread|leak|plaster|put up|print) (your|her|his|their|~) (home address|address|phone number|mobile number|personal number|number plate|secrets|private messages|nudes) 
<th-will> (post|share|put|publish|spread|leak|plaster|put up) (your|her|his|their|~) (number|details|photo|face|name) (online|everywhere|all over|for everyone|on every) | | medium
(everyone|everybody|every parent|all the parents|the whole school|the whole town|the whole village|the world|every single parent) (is going to|will|'ll|are going to|is gonna|are gonna) (know|see|find out|hear about|learn) [~] (address|home address|what you did|what you've done|what she did|what he did|where (you|she|he|they) (live|lives)|who you really are|your secret|the truth about|number)
<th-will> (name and shame|expose|out|dox|doxx) (you|u|her|him|them|<th-target>) | | medium | weak

# laughter: a threat of violence said laughing is banter (read by the Threat rule, with the laughing emoji)
@list th-banter
lol lool lmao lmfao haha hahaha hahahaha hehe jk joking kidding jokes rofl
