# complaint.lex — COMPLAINT: an incoming comment that explicitly criticises a school decision or policy, so the
# school can answer by signposting its complaints procedure (Little Eaton 5.9, Highters Heath "in lieu of the
# school's Complaints Procedures ... derogatory comments about the school, decisions made by the school").
#
# How the Complaint rule reads these entries. Most criticism is two parts that may stand far apart in a sentence:
# WHAT the school decided ("the school's policy of keeping children in at break for forgetting reading books") and
# the WRITER'S JUDGEMENT of it ("is unfair"). Entries whose category begins with "part:" are such parts and never a
# finding alone; the rule puts them together (see rules/Complaint.java):
#   part: school decision        what was decided: a decision word (policy, rule, ban, price, homework, term dates),
#                                a decision verb as a subject ("Charging £4 ...", "Not letting parents ..."), the
#                                school doing or having done it ("the governors have decided", "was cancelled");
#   part: criticism              a judgement about the words before it ("is unfair", "was a thoughtless decision",
#                                "is far too harsh", "makes no sense"): counts with a school decision earlier in the
#                                same sentence, with no other "is/was" between (the decision is what is judged);
#   part: opinion                a judgement that may stand before or after the decision ("I disagree with",
#                                "poor planning", "it's ridiculous that"): counts with a school decision anywhere in
#                                the same sentence, or as a whole sentence when the comment names a school decision
#                                elsewhere ("Another inset day? This is getting beyond a joke.");
#   part: request                a request to think again ("Please reconsider", "U-turn now"): as an opinion, and
#                                also where it stands apart (sentence start, or after punctuation) in a comment that
#                                names a school decision elsewhere ("£12 for the panto. Please rethink it.");
#   part: outburst               a bare judgement ("Absolutely ridiculous", "Disgusted"): counts only where it stands
#                                apart (sentence start, or after punctuation) in a sentence with a school decision,
#                                or as a whole sentence when the comment names one elsewhere;
#   part: exclamation            "What a shambles", "An absolute farce": as an outburst, and also as the whole
#                                comment (a reply on the school's channel to what it announced);
#   part: someone else's decision  the council, the government, a referee, other parents, a child's reported view: a
#                                decision after it in the sentence is theirs, not the school's ("The council's
#                                decision ... is awful"), and so is one it owns between a decision and its criticism
#                                ("the price of shoes in the shops is extortionate");
#   part: support                praise or agreement ("I fully support", "the right call"): the criticism after it in
#                                the same sentence is somebody else's view being answered.
#   part: school price           a price or a rise in one ("£4 a child", "dinners have gone up"): a school decision,
#                                unless it belongs to goods and bills;
#   part: goods and bills        petrol, energy bills, council tax, the supermarket: a school price they overlap, stand
#                                just before ("petrol has gone up") or follow after "of/at/for" ("the price of butter")
#                                is theirs, not the school's;
#   part: who thought            "Who thought ..." counts only when the sentence goes on to "was a good idea" (a praise
#                                that exceptions.lex would otherwise let stand), with a school decision in the comment
#                                or the thing thought a good idea between ("Who thought a 2pm finish was a good idea?").
# Every other entry is a finding on its own: criticism that names the school's decision itself ("a ridiculous
# policy", "how can the school justify", "without asking parents", "the governors were wrong to") and announcements
# of a complaint ("I want to make a formal complaint", "I'll be taking this to Ofsted").
#
# Leaves out on purpose:
#  - questions and requests ("Why is the trip on a Friday?", "Could breakfast club open earlier?"): a question alone
#    is not criticism; "Why has the school stopped X?" is only a decision (part), waiting for a judgement;
#  - praise ("great decision", "not a bad idea at all" are in exceptions.lex) and mild disappointment about things
#    no one decided ("shame about the rain");
#  - complaints about other parents, traffic, parking, the weather, the council: no school decision in them;
#  - insults of a person ("an absolute joke of a headteacher"): offensive.lex; a judgement of a person is not a
#    judgement of a decision.
# Every entry stands in educational context too (noedu): a parent's criticism is never a lesson.

@codes COMPLAINT
@severity medium
@flags noedu

# judgements, usable before a noun ("a thoughtless decision") and after "is" ("is thoughtless")
@class crit = bad | terrible | awful | poor | stupid | ridiculous | wrong | silly | daft | shocking | disgraceful
@class crit = appalling | pathetic | absurd | unfair | unreasonable | short sighted | idiotic | ludicrous
@class crit = outrageous | unacceptable | laughable | senseless | pointless | dreadful | unjust | discriminatory
@class crit = farcical | misguided | ill thought out | poorly thought out | badly thought out | half baked
@class crit = nonsensical | rubbish | crap | diabolical | woeful | dire | shameful | scandalous | careless | reckless
@class crit = irresponsible | heartless | cruel | petty | draconian | thoughtless | joyless | mindless | clueless
@class crit = tactless | needless | unnecessary | heavy handed | high handed | harsh | excessive | extortionate
@class crit = unaffordable | overpriced | unworkable | impractical | unrealistic | inflexible | unjustified
@class crit = unjustifiable | indefensible | inexcusable | insane | crazy | mad | bonkers | barmy | counterproductive
@class crit = counter productive | ill judged | ill considered | spiteful | punitive | patronising | patronizing
@class crit = condescending | insulting | disrespectful | insensitive | tone deaf | unprofessional | disastrous
@class crit = chaotic | shambolic | money grabbing | greedy | sexist | elitist | unhelpful | useless | hopeless
@class crit = disappointing | frustrating | infuriating | baffling | bizarre | unsafe | dangerous | out of touch
@class crit = unkind | mean | snobbish | snobby | lazy | incompetent | amateurish | sloppy | rushed | unclear
@class crit = confusing | contradictory | hypocritical | hypocrite | pants | naff | gutless | spineless
@class crit = nanny state | heavy handed nonsense | short termist | penny pinching
@class crit = humiliating | embarrassing | demeaning | degrading | belittling | shaming | upsetting | distressing
@class crit = divisive | stigmatising | stigmatizing | exclusionary | unfair on families | cruel on

# nouns of a judgement: "is a joke", "a false economy"
@class critnoun = joke | farce | shambles | disgrace | mess | disaster | mistake | big mistake | huge mistake
@class critnoun = terrible mistake | error | false economy | step backwards | backward step | backwards step
@class critnoun = retrograde step | kick in the teeth | slap in the face | waste of money | waste of time | con
@class critnoun = scam | rip off | cash grab | money grab | money making exercise | box ticking exercise
@class critnoun = step too far | insult | fiasco | omnishambles | nonsense | joke of a decision | cop out | copout
@class critnoun = laughing stock | travesty | sham
@class critnoun = money making scheme | money-making scheme | money spinner | cash cow | accident waiting to happen

# what a school decides
@class decision = decision | decisions | policy | policies | rule | rules | ruling | ban | u-turn | u turn
@class decision = new rule | new rules | new policy | new system

# words that are often but not always a school's decision: judged only with one (see "part: opinion" below)
@class choice = idea | plan | plans | change | changes | choice | move | call | system | approach | timing | cut
@class choice = cuts | proposal | proposals | scheme | arrangements | arrangement

# the school as the one who decides
@class actor = the school | school | the head | the headteacher | the head teacher | the headmistress
@class actor = the headmaster | the governors | governors | the governing body | the trust | the academy
@class actor = management | the management | senior leadership | the senior leadership team | slt | the slt
@class actor = the leadership team | leadership | the local governing body | the new head | the new headteacher
@class actor = our head | our headteacher | the head of school | the executive head

# forms of "be" and its kin before a judgement
@class be = is | was | are | were | has been | have been | had been | seems | seem | seemed | sounds | sound
@class be = looks | look | feels | feel | will be | would be | is going to be | seems to be | seem to be | appears
@class be = is becoming | has become | is getting | are getting | has got | is now | was always | remains

# children and families, as the ones a decision is imposed on
@class kids = children | kids | pupils | students | the children | the kids | our children | our kids | parents
@class kids = families | us | everyone | them | reception children | infants | juniors | year 6 | year six
@class kids = my son | my daughter | my child | the little ones | little ones | working parents
@class kids = the whole class | the class | whole classes | the whole year | whole year groups | the whole school
@class kids = nursery children | the nursery children | the infants | the juniors | girls | boys | the girls | the boys

# what a school does to something that parents then miss: "I can't believe they've scrapped the school trip"
@class cutverb = scrapped | cancelled | canceled | banned | cut | axed | stopped | closed | dropped | removed | got rid of
@class cutverb = taken away | scrapping | cancelling | canceling | banning | cutting | axing | stopping | closing
@class cutverb = dropping | removing | getting rid of | taking away | charging | charged | shortened | refused
@class cutverb = excluded | fined | abolished
# not "raised" ("Can't believe the school raised £2,000 for the hospice!")

# a sum of money: "£" is not part of a word, so "£15 for a t-shirt" reads "15 for a t-shirt"
@class amount = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 22 | 24
@class amount = 25 | 30 | 35 | 40 | 45 | 50 | 60 | 70 | 75 | 80 | 90 | 100 | 120 | 150 | 200 | 250 | 300 | 500
@class amount = 1.50 | 2.50 | 3.50 | 4.50 | 5.50 | 6.50 | 7.50 | 8.50 | 9.50 | 12.50 | 15.50 | 17.50 | 22.50

# what a judgement calls mad: "political correctness gone mad", "health and safety gone mad"
@class madthing = political correctness | pc | health and safety | elf and safety | health and safety culture
@class madthing = the nanny state | nanny state | woke | wokeness | wokery | bureaucracy | red tape | box ticking
@class madthing = virtue signalling | snowflakery | snowflake | the pc brigade | pc brigade | rules | the rules

# how wrong: "got it badly wrong"
@class how-wrong = so | very | badly | completely | totally | really | terribly | seriously | horribly | massively
@class how-wrong = utterly | all | so badly | very badly | spectacularly | hugely | majorly | well and truly | dead

@category part: school decision
<decision>
<choice>
(homework|uniform|school uniform|dress code|timetable|term dates|school day|school hours|finish time|start time)
(pick up time|pickup time|drop off time|home time|lunch menu|school meals|curriculum|reward system|behaviour system)
(closure|closures|consultation|procedure|procedures|process|provision|restriction|restrictions|requirement)
(requirements|detention|detentions|exclusion|exclusions|punishment|punishments|sanction|sanctions|handling|response)
(announcement|communication|planning|organisation|organization|management|budget cuts|one way system)
(inset day|inset days|inset|training day|training days|teacher training day|staff training day|closure day|strike day)
(early closing|early closure|early finish|early finishes|half day|half days|school closure|school closures)
(the|this) (school's|schools|head's|headteacher's|governors|trust's|academy's|office's)
(cancelling|canceling|scrapping|banning|charging|fining|axing|closing|stopping|dropping|removing|cutting|reducing)
(raising|increasing|introducing|forcing|splitting|merging|moving|changing|restricting|limiting|replacing|shortening)
(extending|lengthening|refusing|excluding|punishing|penalising|penalizing|sanctioning|abolishing|ending|postponing)
(rescheduling|delaying|separating|combining|outsourcing|switching|swapping|bringing in|taking away|doing away with)
(joining|signing up to|signing up for|partnering with|converting|becoming an academy|selling off|selling|renaming)
(rebranding|relocating|reorganising|reorganizing|restructuring|downgrading|ditching|binning|culling|slashing)
(halving|doubling|tripling|trebling|hiking|upping|capping|rationing|confiscating|withholding|docking|imposing)
(enforcing|insisting on|demanding|threatening|denying|depriving|barring|segregating|streaming|naming and shaming)
(allowing|letting|spending|wasting|hiring|leaving out|missing out|ignoring|overruling|scheduling|cramming)
(holding back|keeping back|taking off|handing out|giving out|fining us|charging us|billing|invoicing)
(putting|holding|publishing|naming and shaming|timetabling|grouping)
(sending|sent) (home|a letter home|letters home|a letter about|texts about|emails about|a text about|an email about)
(taking|took|pulling|pulled) <kids> (out of|off|away from|out early)
(rota|rotas|schedule|schedules|seating plan|seating plans|groupings|lunch sittings|sittings|allocation|allocations)
(admissions|admission|intake|class sizes|class size|mixed classes|mixed year classes|mixed age classes)
(making|forcing|expecting|asking|telling|requiring) <kids>
not (letting|allowing|giving|telling|informing|consulting|offering|providing|having|inviting|running|holding)
only (giving|allowing|letting|offering|having|providing|inviting|running|holding)
(keeping|kept|sending|sent) <kids> (in|inside|back|behind|off|home)
(whoever|who|someone|somebody) (decided|chose|agreed|signed off|thought it was a good idea|came up with the idea|made the decision)
(golden time|playtime|play time|break time|breaktime|lunch break|morning break|reward time|free time|golden time off)
(no more|no longer any|an end to) (birthday|class|school|christmas|end of term|golden|free|after school|swimming|music|trips|treats|parties|cake|cakes|sweets|discos|fairs|sports|outdoor|forest school|clubs|football|choir|assemblies|fun)
<actor> [has|have|had|'s|'ve|now|just|suddenly|already|then] (decided|chosen|chose|opted|voted|agreed|introduced|announced|changed|cancelled|canceled|scrapped|banned|stopped|removed|moved|cut|closed|raised|increased|dropped|axed|ended|made|refused|brought in|put up|decide|decides|choose|chooses|insist|insists|insisted|expect|expects|expected|charge|charges|charged)
<actor> (needs|need|has|have|had|wants|want|plans|plan|is going|are going|is planning|are planning|intends|intend|is about|are about|is trying|are trying) to (close|charge|cancel|change|stop|scrap|ban|cut|move|introduce|make|force|shut|shorten|extend|end|drop|remove|reduce|raise|increase|limit|restrict|split|merge|replace|fine|exclude)
<actor> (is|are|keeps|keep|insists on|insist on) (closing|charging|cancelling|canceling|changing|stopping|scrapping|banning|cutting|moving|introducing|making|forcing|asking|expecting|insisting|fining|excluding|shutting|shortening|extending|ending|dropping|removing|reducing|raising|increasing|limiting|restricting|splitting|merging|replacing)
to (charge|close|cancel|ban|scrap|stop|cut|fine|exclude|force|shut|end|axe|drop|remove|split|merge|restrict|limit)
(we|parents|families|us|everyone|working parents) [now] (have to|are having to|are expected to|are being asked to|are being made to|are forced to|will have to|are now expected to|are now being asked to) (pay|buy|provide|fork out|take time off|collect|pick up)
(being|are being|were|was|got|get|getting) charged
(has|have|'s|'ve) [now|just|suddenly|gone and|already] (banned|scrapped|axed|introduced|brought in|cancelled|canceled|stopped|cut|closed|abolished)
<actor> (changing|cancelling|canceling|charging|moving|scrapping|banning|cutting|stopping|closing|introducing|forcing|expecting|fining|excluding)
(they|you|they've|you've) [have|had|now|just|suddenly|already] (decided|chosen|chose|opted|introduced|changed|cancelled|canceled|scrapped|banned|stopped|removed|moved|closed|raised|axed|brought in|put up)
(has been|have been|was|were|is being|are being|got|gets|is|are|had been) [now|just|suddenly|being] (cancelled|canceled|scrapped|banned|stopped|axed|cut|dropped|moved|changed|closed|removed|postponed|abolished|reduced|raised|increased|introduced|brought in|put up|shortened|lengthened|extended|merged|split)
(by|from|of) (the school|school|the head|the headteacher|the governors|the trust|the academy|management|the office|you)
(why|how come) [on earth] (has|have|did|does|is|are|was|would|should|do) <actor>
(why|how come) (have|did|do|would) (you|they) (change|changed|cancel|cancelled|stop|stopped|scrap|scrapped|ban|banned|decide|decided|choose|chose|cut|move|moved|close|closed)

@category part: school price
# a price or a rise in one, read as a school decision ("£4 a child for the disco", "dinners have gone up again") unless
# it belongs to goods and bills below
(price|prices|charge|charges|fee|fees|cost|costs|price rise|price increase|increase|rise|prices rise)
(putting|put) [the] (price|prices|fees|costs|cost|charge|charges) up
(has|have|'s|'ve|is|are|was|were|just|now) (gone up|going up|gone up again|risen|doubled|tripled|trebled|shot up|gone through the roof)
<amount> (for a|for an|for the|for one|for each|for every|for my|for our|for two|for three|a head|a child|a ticket|per child|per ticket|per head|per pupil|a pupil|each|a day|a week|a term|a month|a go|a pop|a session|per session|an hour|per hour|a jumper|a trip|a year|per year)
<amount> (pounds|quid) (for|a|per|each)

@category part: criticism
{be} [a|an|just|far|way|a bit|a little|simply|frankly|clearly|obviously|incredibly|extremely|ridiculously] <crit>
{be} [just|frankly|clearly|simply|obviously] (a|an|such a|one big|a complete|a total|an absolute|an utter) <critnoun>
{be} (nonsense|madness|rubbish|daylight robbery|beyond a joke|beyond belief|over the top|ott|out of order|overkill)
{be} (not fair|not right|not good enough|not acceptable|not ok|not okay|not on|not fit for purpose|unfit for purpose)
{be} (no longer fit for purpose|not the answer|not the way|not appropriate|not reasonable|not sensible|not realistic)
{be} (not practical|not workable|not helpful|not needed|not necessary|not fair on|not fair to|not thought through)
{be} (a joke|a farce|a shambles|a disgrace|a mess|a nightmare for|a nonsense|a waste|a mistake|a step too far)
{be} (a real|a right|an actual|a bit of a|such an|a huge|a massive|a proper|a complete and utter|one step too far and) <critnoun>
{be} [just|simply|frankly|clearly|obviously] [a case of] <madthing> gone (mad|crazy|too far|mental|overboard)
{be} [just|simply|frankly] (woke|pc|politically correct|virtue signalling) (nonsense|rubbish|madness|rubbish|garbage|claptrap|drivel)
{be} (past a joke|one step too far|going too far|over the line|out of line|a liberty|a cheek|taking the mick|taking the mickey|taking the michael|taking the piss|taking liberties|steep|a bit steep|a bit rich|a bit much|a little much|a tad much|far too steep|a kick in the teeth|an insult to|insulting to)
(has|have|had) [just|now|really|clearly|totally] gone (mad|crazy|overboard|ott|over the top|a step too far|one step too far|beyond a joke)
[has|have|had] gone (too far|a step too far|overboard)
{be} [far|way|much|a bit|a little|slightly|simply|just|frankly|ridiculously|massively|rather|clearly] too (much|harsh|strict|expensive|early|late|long|short|soon|rigid|hard|difficult|many|rushed|little|costly|pricey|inflexible|restrictive|extreme|severe|high|few|big)
(isn't|aren't|wasn't|weren't) (fair|right|good enough|acceptable|ok|okay|on|fit for purpose|the answer|appropriate|reasonable|sensible|realistic|practical|workable|helpful|needed|necessary|thought through)
(makes|make|made|making) no sense
(doesn't|don't|didn't|does not|do not|did not) make [any] sense
(need|needs|needed) (rethinking|reversing|scrapping|to be reversed|to be scrapped|to be rethought|a rethink|to go|to change|changing|looking at again)
(penalises|penalizes|punishes|discriminates against|unfairly targets|hits|excludes|disadvantages) (working|families|parents|children|kids|poorer|the poorest|single|low income|those|anyone|everyone|children who|kids who)
(has|have) (gone|got|gotten) (too far|out of hand)
(is|are|was|were) (discriminating against|penalising|penalizing|punishing|excluding|failing|letting down|ignoring)
(has|have) lost the plot
(will|would|is going to|are going to|going to) (hurt|harm|damage|penalise|penalize|punish|disadvantage|hit|ruin|spoil) (families|parents|children|kids|working|the children|pupils|the kids|our|those|anyone|everyone|poorer|single)
(goes|went|is going) too far
(need|needs|needed) (their|his|her|its) (head|heads) (testing|tested|examining|examined|looking at|checking|checked|seeing to)
(does|do|did|will do|would do|is doing|are doing|has done|have done) more harm than good
{be} (doing more harm than good|an accident waiting to happen|beyond me|beyond comprehension)
(is|was|are|were) (unfair|not fair|harsh|cruel) (on|to|for)

@category part: opinion
(i|we) [strongly|totally|completely|fully|honestly|very much|really|just] (disagree|don't agree|do not agree|can't agree|cannot agree|object|am against|are against|oppose|am opposed|are opposed|resent|hate|despise|can't stand|cannot stand|dislike|disapprove)
(i|we) (can't|cannot|don't|do not|fail to|really can't) (understand why|understand how|see why|see how|see the point|get why|fathom why|comprehend)
(i'm|i am|im|we're|we are|parents are|everyone is|most parents are|many parents are|so many parents are|a lot of parents are|lots of parents are) [really|so|very|absolutely|totally|completely|extremely|deeply|pretty|quite|seriously|bitterly|beyond] (disappointed|disgusted|appalled|angry|furious|livid|fuming|outraged|unhappy|not happy|shocked|annoyed|frustrated|fed up|sick and tired|sick|horrified|dismayed|baffled|disappointed and angry|not impressed|unimpressed)
(not happy|not impressed|unhappy|disappointed|disgusted|appalled|furious|fuming|livid|angry|annoyed|fed up|sick and tired) (with|about|at|by|that|of)
(it's|it is|its|that's|that is|this is|this was|it was|that was|how|so) [just|frankly|absolutely|totally|completely|utterly|really] <crit>
how (is|was|can) (it|this|that) (be) (fair|right|acceptable|ok|okay|reasonable|justified|allowed|legal)
how (is|was) (it|this|that) (fair|right|acceptable|ok|okay|reasonable|justified|allowed|legal)
(it's|it is|its|that's|that is|this is|this was|it was|that was) (a|an|such a|one big|a complete|a total|an absolute|an utter) <critnoun>
(this is|it's|it is|that's|this|it|that) (getting|becoming|is getting|is becoming|is now|now|has gone|has got|has become) [well|way|totally|completely|absolutely] (beyond a joke|past a joke|ridiculous|silly|out of hand|too much|a joke|a farce|beyond belief)
<crit> (planning|communication|organisation|organization|management|leadership|handling|timing|notice|decision making|judgement|judgment|consultation|thinking|reasoning|excuse|idea|ideas|plan|plans|change|changes|choice|choices|move|call|system|approach|cut|cuts|proposal|scheme|arrangements|u-turn)
(weren't|were not|wasn't|was not|never|haven't been|have not been) (told|informed|warned|given any notice|given notice|given enough notice|given a choice|given any choice)
(withdrawing|withdraw|pulling|pull|taking|take|moving|move) (my|our) (child|children|son|daughter|kids|kid) (out of|from) (this|the) school
(no|zero|without any|without|with no|little|hardly any|not enough|not nearly enough) (notice|warning|explanation|discussion|thought|common sense|logic|reason|justification)
(whose|who's) (idea|bright idea|decision|brilliant idea) was (this|that|it)
(it's|it is|its|this is|that's|that is|it was|this was) [absolute|complete|total|utter|just] (chaos|carnage|bedlam|madness|a nightmare|a circus|a mess|a joke|a farce|a shambles|a disgrace|a free for all)
(who|whoever) (came up with|dreamt up|dreamed up|thought up|signed off) (this|that)
(it's|it is|its|that's|that is|this is|this was|it was|that was|this|that|simply|frankly|just|sorry but this is|sorry but it's) [just|simply|frankly|really|still|quite|absolutely|completely] (not good enough|not on|not acceptable|not fair|not right|not ok|not okay|out of order|a step too far|one step too far|beyond a joke|past a joke|a bit much|too much|a liberty|a cheek|taking the mick|taking the mickey|taking the piss)
# without asking anyone: criticism when the sentence names a school decision ("a boy took his coat without asking anyone" is not)
(without|without even) (asking|consulting|involving) (anyone|anybody|a soul)
(he|she|they|you|you've|they've|he's|she's|you have|they have|who|whoever|whoever decided this|whoever made this decision) [has|have|'s|'ve|really|clearly|totally|completely] (got|gotten|getting) (it|this|that|this one|things|this decision|the decision|it all|everything) <how-wrong> wrong
(mr|mrs|miss|ms|mx|dr|sir) ~ [has|have|'s|really|clearly] (got|gotten|getting) (it|this|that|this one|things|this decision|the decision|it all|everything) [<how-wrong>] wrong
(got|gotten|getting) (it|this|that|this one|things|this decision|the decision|it all|everything) <how-wrong> wrong
(is|are|was|were) (ridiculous|disgraceful|shocking|outrageous|pathetic|unacceptable|laughable|a joke|a disgrace) (and|,) (should|needs to|need to|must)
# "What were they thinking cancelling the fair?", "Moving sports day to a Tuesday, what were they thinking?"
what (were|are|was|is) (they|you|the school|school|the head|the headteacher|the governors|management|the slt|slt|the trust) [even|actually|honestly|possibly] thinking
what on earth (were|are|was|is) (they|you|the school|school|the head|the headteacher|the governors|management|the slt|slt|the trust) [even|actually] (thinking|playing at|doing)
what (are|were|is|was) (they|you|the school|school|the head|the governors|management) playing at
# a subject dropped: "Why would you cancel sports day over drizzle? Makes no sense."
(it|this|that|which) (makes|made) no sense
(it|this|that|which) (doesn't|does not|didn't|did not) make [any] sense
makes no sense $
# "The school has made a huge mistake moving the nativity" (with the decision in the sentence: not "the head made a
# huge mistake in the panto")
<actor> [has|have|had|'s|'ve|really|clearly|just|seriously] (made|making|make) (a|an|such a|one) [big|huge|massive|terrible|serious|grave|real|costly|awful|dreadful|bad|colossal|right|major] (mistake|error|blunder|mess|hash|mess of this|hash of this)
(you've|they've|you have|they have|you|they) [really|clearly|just|seriously] (made|make) (a|an|such a) (big|huge|massive|terrible|serious|grave|real|costly|awful|dreadful|colossal|major) (mistake|error|blunder)
# "Can't believe they've cancelled the residential. Furious with the school."
(furious|fuming|livid|disgusted|appalled|not happy|unhappy|fed up|sick and tired|so disappointed|really disappointed|very disappointed|angry|so angry|really angry|cross) (with|at|in) (the school|the head|the headteacher|the head teacher|the governors|the management|management|slt|the slt|the trust|brackenmoor|the leadership|leadership)
# "Really disappointed the school has cut the Christmas performance"
(really|so|very|bitterly|deeply|extremely|absolutely|totally|utterly|hugely|massively) (disappointed|gutted|upset|annoyed|furious|angry|livid|fuming|saddened|dismayed|shocked|appalled|disgusted) [that|to see|to hear|to read|to learn|to find out]

@category part: request
[please|so please|pls|plz|kindly|seriously|honestly|i beg you|i urge you to|we urge you to|i'd urge you to|urge you to] (rethink|reconsider|think again|u-turn|u turn|do a u-turn|do a u turn|back down|reverse course|change your mind|look again) [about|on] [it|this|that|this decision|the decision|your decision|this one|the policy|this policy|this rule|the rule|the change|the changes|the price|the prices|the charge|the charges|the fee|the fees|the ban|now|asap|please|immediately|urgently]
(reverse|overturn|scrap|drop|undo|ditch|bin|withdraw|cancel) (it|this|that|this decision|the decision|your decision|this policy|the policy|the ban|this ban|the rule|this rule|the charge|the fee|the change) [now|asap|please|immediately|urgently|before it's too late|straight away]
(u-turn|u turn) (now|asap|please|immediately|urgently)

@category part: outburst
[absolutely|totally|utterly|completely|just|so|frankly|simply|really] (disgusted|appalled|furious|fuming|livid|outraged|horrified|dismayed|not impressed|unimpressed)
[absolutely|totally|utterly|completely|just|so|frankly|simply] (ridiculous|disgraceful|shocking|appalling|outrageous|pathetic|unacceptable|shameful|scandalous|ludicrous|absurd|laughable|madness|nonsense|unfair|not fair|not good enough|not on|not acceptable|beyond a joke|out of order|a disgrace|a joke|a shambles|a farce|a rip off|daylight robbery|bonkers|crazy|insane|unbelievable|diabolical|farcical|woeful|disgusting|pathetic behaviour)
(really|very|so|pretty|extremely|just|incredibly|seriously) (poor|disappointing|bad|poor form|poor show|poorly handled|badly handled)
[absolutely|totally|utterly|just|so|really] (terrible|awful|dreadful|atrocious|abysmal|poor form|poor show|shocking stuff|shocking decision|terrible decision|awful decision|bad decision|poor decision)

@category part: exclamation
[just|simply|sheer|pure|typical] <madthing> gone (mad|crazy|mental|overboard|too far)
(what|such) (a|an) [absolute|complete|total|utter] (joke|farce|shambles|disgrace|fiasco|omnishambles|mess|nonsense|waste of money|waste of time|cop out|copout|con|scam|rip off|liberty|cheek|travesty)
(an absolute|a complete|a total|an utter|absolute|complete|total|utter) (joke|farce|shambles|disgrace|fiasco|omnishambles|nonsense|waste of money|waste of time|madness|rubbish|con|scam|rip off|travesty)

@category part: who thought
# "Who thought moving pick up to 2.45 was a good idea?": Complaint reads it only with "was a good idea" later in the
# sentence (words of @list idea-praise), which exceptions.lex alone would read as praise, and a school decision in
# the comment or the thing thought a good idea between (not "Who decided it was a good idea to give my son a drum
# for his birthday? 😂")
(who|whoever|who on earth|who the hell|who exactly|who really|who honestly) (thought|reckoned|decided|thinks|think)

@category part: someone else's decision
(the|our|local|county|city|town|borough) council
(the government | government | government's | the dfe | dfe | ministers | minister)
(the department for education | ofsted's | the referee | referee | referee's | the ref | ref | ref's | umpire | umpires)
(the bus company | bus company | the police | police | highways | the nhs | nhs | the league | the fa | the county)
(the local authority | local authority | the la | the lea | the premier league | the club's | the mp | our mp | mps)
(other|some|a few) (parents|people|mums|dads|families|of the parents|of you)
# a view the writer reports rather than holds: "my son thinks the new rule is unfair"
(my|our) (son|daughter|child|kids|children|boy|girl|little one) (thinks|think|says|say|said|reckons|feels|thought|claims)
(neighbours | the neighbours | the landlord | the supermarket | the shop | the shops | the leisure centre | the pool)

@category part: goods and bills
# what shops, suppliers, landlords and the state price, never the school: a school price (above) that belongs to one
# of these is not a school decision ("The price of petrol has gone up again, ridiculous", "Energy bills have gone up,
# it's a joke", "Prices at Tesco have shot up"). Complaint reads one as owning a school price it overlaps, one it
# stands just before as its subject ("petrol has gone up") or one it follows after "of/at/in/for" ("the price of
# butter", "£3 for a coffee"); anywhere else in the sentence, and beside other decisions ("the phone ban", "banning
# sweets"), it says nothing ("With energy bills going up, the school has put dinners up").
(petrol|diesel|fuel|unleaded|gas|electric|electricity|energy|heating|heating oil|broadband|wifi|internet|netflix|insurance|car insurance|home insurance) [bill|bills|prices|price|costs|cost|tariff|tariffs|contract]
(energy|gas|electric|electricity|water|phone|mobile|council tax|tax|utility|utilities|household|grocery|food|shopping|credit card|tv licence) (bill|bills)
(council tax|income tax|vat|national insurance|the tv licence|tv licence|road tax|stamp duty|interest rates|interest rate|the bank rate|inflation|the cost of living|cost of living|rent|rents|the rent|my rent|our rent|mortgage|mortgages|my mortgage|our mortgage|house prices|rents round here)
(food|groceries|grocery|the food shop|the weekly shop|weekly shop|the big shop|the shopping|shopping|supermarket|supermarkets|bread|milk|butter|eggs|cheese|meat|fruit|veg|vegetables|coffee|tea|chocolate|sweets|crisps|beer|wine|a pint|pints|cigarettes|fags|takeaway|takeaways|a takeaway|a coffee|a loaf)
(bus fares|bus fare|train fares|train fare|train tickets|rail fares|fares|tickets at the cinema|cinema tickets|the cinema|parking charges|car parking|stamps|a stamp|postage|prescriptions|prescription charges|the dentist|dentists|the vet|vets|childminder|childminders|childminder fees|the gym|gym membership)
(tesco|tescos|tesco's|asda|sainsbury's|sainsburys|morrisons|aldi|lidl|waitrose|co-op|the co-op|iceland|m&s|marks and spencer|primark|costa|greggs|mcdonald's|mcdonalds|amazon|the chippy|the pub|pubs|petrol stations|the petrol station|the garage|the shops|shops|everything|everything else)

@category part: support
(i|we) [fully|totally|completely|really|100%|wholeheartedly|absolutely|honestly] (support|back|agree with|welcome|applaud|am in favour of|are in favour of|am all for|are all for) (the|this|that|these|your|the school's|their)
(right|good|great|sensible|brilliant|fair|excellent|wise|fantastic|correct|reasonable|positive|smart|clever) (decision|call|move|choice|idea|policy|change|thing to do)
(is|was|are|were|sounds|seems) (brilliant|great|fantastic|excellent|sensible|fair|spot on|long overdue|amazing|wonderful|perfect|the right call|the right decision|the right thing|a good idea|a great idea|a brilliant idea|a step forward|a good thing|a great thing|so much better|much better|fine|reasonable)
fair enough
(i|we) [really|absolutely|just] (love|like|adore) (the|this|these|your|the school's) [new]
(well done|thank you|thanks) (to the school|school|for listening|for explaining|for the explanation|for being clear)

@category criticism of a school decision or policy
<crit> <decision>
(what|such) (a|an) <crit> <decision>
(disgraceful|shameful|appalling|shocking|outrageous|ridiculous|unacceptable|scandalous|pathetic|absurd|disgusting|unfair|wrong) (that|how) <actor>
(disgraceful|shameful|appalling|shocking|outrageous|ridiculous|unacceptable|scandalous|pathetic|absurd|disgusting|unfair|wrong) (that|how) (you|they) (have|has|had|can|could|would|are|think|thought|decided|chose|expect|refuse|changed|cancelled|scrapped|banned|stopped|cut)
(disgraceful|shameful|appalling|shocking|outrageous|ridiculous|unacceptable|scandalous|pathetic|absurd|disgusting|unfair|wrong) (that|how) (you've|they've|you're|they're|you'd|they'd)
how (can|could|dare) (the school|school|you|the head|the headteacher|the governors|they|the trust|management) (justify|defend|expect|allow|get away with|treat|think this is|call this|say|possibly think|think it's|think its)
how (does|do|did) (the school|school|you|the head|the headteacher|the governors|they|the trust|management) (justify|expect|get away with|think this is|think it's|think its)
(the|your|this) (school|head|headteacher|head teacher|headmistress|headmaster|governors|leadership|management|slt|senior leadership|trust|office|school's|head's|headteacher's) (has|have|is|are|has got|have got|got) [got|gotten|made] (this|it|that|everything|things|this decision|the decision) wrong
(you've|you have|they've|they have|the school has|school has|the head has|the headteacher has|the governors have|the trust has|management has|slt has|leadership has|you|they) (got|gotten) (this|it|that|things|this decision|the decision) (wrong|so wrong|badly wrong|completely wrong)
<actor> (is|are|was|were|has been|have been) [so|completely|totally|clearly|just|absolutely|very|utterly] (wrong|mistaken|out of order|out of touch|unreasonable) (to|for|here|on this|about this|in this|with this)
(it's|it is|its|it was|it were) (wrong|unfair|disgraceful|ridiculous|shameful|outrageous) (of|for) (the school|school|you|them|the head|the headteacher|the governors|the trust|management) to
(without|with no|with zero|didn't even|didnt even|never even|did not even|not even|never bothered|never bother|couldn't even|could not even) (asking|consulting|telling|informing|warning|involving|listening to|asking for the views of|talking to|speaking to|a word to|any consultation with|consultation with|any notice to|notice to|ask|consult|tell|inform|warn|involve|listen to) (parents|us|families|the parents|carers|the families|the community|parents first|mums and dads|anyone with children)
(nobody|no one|noone|no-one|none of you) (asked|consulted|told|informed|warned|listened to|cared about|thought about) (parents|us|the parents|families|the families|the children|the kids|carers|working parents|what parents)
(no|zero|without any|without|with no|little|hardly any) (consultation|say in|say on|input from parents|parental input|parent input)
(parents|we|us|families|the parents) (weren't|were not|have not been|haven't been|were never|never got|never were|have never been|don't get|do not get|didn't get) (consulted|asked|given a say|given any say|a say|any say|listened to)
(should|ought to) be ashamed [of] [yourselves|yourself|themselves|itself]
(without|with no|with zero|didn't even|didnt even|never even|did not even|not even|never bothered|never bother|couldn't even|could not even) (asking|consulting|telling|informing|warning|involving|listening to|talking to|speaking to|ask|consult|tell|inform|warn|involve|listen to) (a single|any|one|even one|a|any of the|one single) (parent|parents|family|families|mum|mums|dad|dads|carer|carers|person|soul|of us|of the parents|of the families)
(without|with no|with zero|without even) (asking|consulting|telling|informing|warning|involving) (us parents|parents at all|us at all|the parents first|families first|parents beforehand|us beforehand|local families|the pupils|the children|parents or children|parents or pupils|parents or staff|the pta)
without (a single|any|one|even one|a) (parent|parents|family|families|mum|dad|carer|of us) being (asked|consulted|told|informed|involved|warned)
without (parents|us|families|the parents|carers|the families|anyone|the community) being (asked|consulted|told|informed|involved|warned|given a say)
(disgrace|joke|shambles|farce|embarrassment|nightmare|liability|<crit>) and so (is|are|was|were) (his|her|their|your|its|the|the school's|the head's|this|that) [new] (policy|policies|rule|rules|decision|decisions|plan|plans|ban|idea|ideas|approach|system|uniform policy|homework policy|attendance policy|behaviour policy|fines|fining)
<actor> [has|have|had|'s|'ve|really|totally|completely|clearly|just] (got|gotten|getting|get) (it|this|that|this one|things|this decision|the decision|it all|everything) [<how-wrong>] wrong
(shame on|shameful of) (you|the school|the head|the headteacher|the governors|them|school|the trust|management|brackenmoor|everyone involved)
# disbelief at a decision: "I can't believe they've scrapped the school trip", "Can't believe swimming has been cancelled"
(can't|cannot|can not|couldn't|could not|cant) believe [that] (<actor>|they|you|they've|you've) [have|has|'ve|'s|now|actually|really|just|even|gone and] <cutverb>
(can't|cannot|can not|couldn't|could not|cant) believe [that] ~ (has been|have been|is being|are being|was|were|got|gets|is|are) [now|just|actually|really] <cutverb>
# a date or time chosen badly: "What a stupid time to hold parents' evening"
[what|such] (a|an) <crit> (time|day|date|week|place|month|hour|moment) to (hold|have|put|schedule|run|organise|organize|arrange|plan|book|do|start|finish|close|cancel)
# "What a waste of a training day."
(what|such) a [complete|total|utter|massive] waste of (a|an|the) (inset day|training day|inset|school day|school trip|trip|residential|term|budget|school's money|lesson|lessons|week)
# "Another pointless inset day."
(another|yet another|more|one more|even more) <crit> (inset day|inset days|training day|training days|closure day|closure days|half day|half days|early finish|early finishes|non uniform day|non-uniform day|dress up day|change|changes|rule|rules|charge|charges|letter|letters|price rise|price rises|policy|policies|decision|decisions|cancellation|cancellations)
# sarcastic praise of a cut: "Well done on scrapping the only club my son enjoyed"
(well done|nice one|great job|good job|bravo|congratulations|congrats|cheers) (on|for) (scrapping|cancelling|canceling|banning|cutting|axing|stopping|closing|dropping|ruining|removing|taking away|getting rid of|charging|fining|excluding|wrecking|spoiling)
(thanks|thank you|cheers|thanks a lot|thanks so much) (for|4) (the|all the|such) (short|last minute|last-minute|late|two days|2 days|two days'|one day's|one days|a day's|a days|24 hours|48 hours|24 hours'|48 hours'|generous|amazing|fantastic) notice
(this|that|the|your|our) school (is|has become|has turned into|is turning into) [a|an|an absolute|a complete|a total|such a] (joke|disgrace|shambles|laughing stock|farce|mess|nightmare|embarrassment)
<actor> (should|needs to|need to|must|ought to|has to|have to|had better|better) [really|seriously|urgently|honestly] (rethink|reconsider|scrap|drop|reverse|u-turn|back down|think again|listen to parents|start listening|listen to us|apologise|apologize|be ashamed|stop doing|stop this|stop it|explain themselves|explain itself|explain why|get a grip|wake up|sort it out|sort this out|do better|resign|step down)
(you|they) (should|need to|must|ought to|had better) [really|seriously] (rethink|reconsider|reverse|u-turn|back down|think again|listen to parents|start listening|listen to us|be ashamed|explain yourselves|explain themselves|sort this out|do better) (this|that|the decision|your decision|the policy|this decision|this policy|it|about this|of yourselves|of yourself|themselves|yourselves)
why on earth (has|have|did|would|is|are|does|do|was|were|should) (the school|school|you|the head|the headteacher|the governors|the trust|management)
(rethink|reconsider|reverse|scrap|overturn|withdraw|drop|u-turn on) (this|the|that|your|these) [ridiculous|new|stupid|unfair] (decision|policy|rule|rules|ban|change|changes)
(waste|wasting|waste of) (taxpayers|taxpayers'|tax payers|public|the school's|school|our|parents'|parents) money
<actor> (does|do|did|has done|have done|is doing|are doing|will do|does absolutely|do absolutely) (nothing|nowt|sod all|very little|little|zero|bugger all|jack) (about|to stop|to help|to fix|to sort)
(terrible|awful|stupid|ridiculous|ludicrous|absurd|crazy|daft|silly|idiotic|poor|shocking|appalling|senseless|pointless) (idea|decision|choice|move|call|plan) to
<actor> [has|have|had|really|totally|completely|clearly|just] (messed up|mucked up|botched|bungled|made a mess of|made a hash of|dropped the ball|lost the plot|lost its way|lost touch|gone mad|let us down|let the children down|let parents down|let families down|let our children down|let the kids down|failed our children|failed the children|failed parents|ignored parents|ignored us|ignored what parents|not listened)
<actor> (won't|will not|refuses to|refuse to|refused to|never|doesn't|don't) (listen|answer|respond|reply|engage)
(parents|we|families|working parents|children|kids|pupils) (shouldn't|should not|should never) (have to|be made to|be expected to|be forced to|be asked to|be fined|be charged|be punished) [pay|buy|provide|fork out|for]
why should (we|parents|families|working parents|us|i|the children|children|kids) (have to|pay|be expected|be made|be forced|be punished|be fined|lose out|miss out|suffer)
<actor> [has|have|is|are] (ruined|ruining|spoiled|spoilt|spoiling|wrecked|wrecking|destroyed|destroying|killed|killing) (it|everything|sports day|christmas|the trip|the fun|the school|this school|things)
<actor> (doesn't|don't|does not|do not|never|clearly doesn't|clearly don't) (care|listen|give a damn|give a monkey's) [about|to] [parents|families|the children|the kids|us|working parents|what parents think|our views]

@category formal complaint
(make|making|made|submit|submitting|submitted|lodge|lodging|lodged|file|filing|filed|raise|raising|raised|put in) [a|an] [formal|official|written] complaint
(formal|official|written) complaint
(i|we) (want|wish|would like|'d like|intend|am going|are going|plan) to complain
(i'm|i am|im|we're|we are|i will be|we will be|i'll be|we'll be|i have been|i've been) (complaining|writing to|reporting (this|you|the school) to|contacting|going to|emailing|ringing|calling) (ofsted|the council|the local authority|the governors|the chair of governors|the trust|the la|the lea|my mp|our mp|the dfe|the department for education|the ombudsman|the press|the papers|the paper|the local paper|a solicitor|my solicitor|the diocese|the bishop)
(take|taking|took|report|reporting|escalate|escalating) (this|it|you|the school|the matter|this matter) (to|up with) (ofsted|the council|the local authority|the governors|the chair of governors|the trust|the la|my mp|the press|a solicitor|my solicitor|the top|the diocese|the dfe)
(take|taking|took|escalate|escalating) (this|it|the matter|this matter) (further|higher)
(ofsted|my mp|the governors|the chair of governors|the diocese|the trust|the local authority|the press) (will|would|should|are going to|need to|needs to) (hear about|know about|be told about|be hearing about|be interested in) (this|it|what)

# Words for the Complaint rule (lists, not phrases).
# Forms of "be": between a school decision and a judgement of it, one of these (outside a relative clause) means the
# judgement is about something else ("The new policy is in place and the weather is terrible").
@list copulas
is was are were isn't wasn't aren't weren't

# Words that open a relative clause: "the rule that says children who are late miss break is unfair".
@list relatives
that who which where when whose whom

# Words of contrast: praise before them does not answer the criticism after them ("I support the new uniform but
# £22 for a jumper is ridiculous").
@list contrast-words
but however although though yet except whereas

# Words before a whole finding that make it a supposition: "If the head won't listen, ...".
@list conditionals
if unless

# Words before someone else's decision-maker that make them the owner of what is judged: "the price of shoes in the
# shops", "the decision by the council".
@list owner-prepositions
in at from by of for with

# Words that may stand between a price and what it is the price of: "the price of a pint", "prices at the shops".
@list goods-links
of at in for from on the a an my our your their

# The praise that "Who thought ... was a good idea?" turns round: "was|is|would be" a (good|great ...) idea.
@list idea-praise
good great sensible bright clever brilliant smart genius wise fab fantastic excellent

@list idea-be
was were is are be
