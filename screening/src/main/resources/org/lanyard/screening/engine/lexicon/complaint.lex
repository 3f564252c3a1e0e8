# complaint.lex — COMPLAINT: an incoming comment that explicitly criticises a school decision or policy, so the
# school can answer by signposting its complaints procedure (Little Eaton 5.9, Highters Heath).
# Scope: a critical judgement about a decision, policy, rule, change or the way the school is run ("a bad decision",
# "ridiculous policy", "how can the school justify", "the head has got this wrong", "disgraceful that the school ...",
# "without asking parents"), and announcements of a complaint ("I want to make a formal complaint").
# Leaves out on purpose:
#  - questions ("Does anyone know if club runs on the last day?", "Why is the trip on a Friday?"): a question alone is
#    not criticism;
#  - praise ("great decision", "not a bad idea at all" is in exceptions.lex) and mild disappointment about things no
#    one decided ("shame about the rain");
#  - insults of a person: offensive.lex (a comment can be both).
# Every entry stands in educational context too (noedu): a parent's criticism is never a lesson.

@codes COMPLAINT
@severity medium
@flags noedu

@class crit = bad | terrible | awful | poor | stupid | ridiculous | wrong | silly | daft | shocking | disgraceful
@class crit = appalling | pathetic | absurd | unfair | unreasonable | short sighted | short-sighted
@class crit = idiotic | ludicrous | outrageous | unacceptable | laughable | senseless | pointless | dreadful
@class crit = unjust | discriminatory | farcical | misguided | ill thought out | ill-thought-out | poorly thought out
@class crit = badly thought out | half baked | half-baked | nonsensical | rubbish | crap | diabolical | woeful | dire
@class crit = shameful | scandalous | careless | reckless | irresponsible | heartless | cruel | petty | draconian
@class crit = ridiculously bad | completely wrong | totally wrong | utterly ridiculous
@class decision = decision | decisions | policy | policies | rule | rules | change | changes | idea | plan | plans
@class decision = choice | system | approach | handling | communication | consultation | new rule | new policy
@class decision = uniform policy | homework policy | behaviour policy | phone policy | lunch policy | attendance policy
@class decision = move | call | u-turn | cut | cuts | ban | timetable | arrangements | way this was handled

@category criticism of a school decision or policy
<decision> (is|was|are|were|seems|seem|sounds|looks) [a|an] <crit>
<decision> (is|was|are|were) (a joke|a farce|a shambles|a disgrace|nonsense|madness|a nonsense|a disaster|beyond a joke|not fair|not good enough|not acceptable)
(is|was|are|were|it's|its|this is|that's|thats) [getting|becoming|just|an absolute|a complete|such|now] (a joke|a farce|a shambles|a disgrace|beyond a joke|an absolute joke|a complete joke|a total joke|laughable|a total farce|an absolute shambles) | | medium
(is|was|this is|that's|it's) [getting|just|now|absolutely] (ridiculous|unacceptable|disgraceful|outrageous|shocking|appalling|pathetic) | | medium | weak
(not happy|not impressed|unhappy|disappointed|disgusted|appalled|furious|fuming|livid|angry) (with|about|at|by) (the new|the school|the way|this decision|the decision|the changes|the change|the handling|the lack of|your decision|how the school|how this|the school's|the schools|the new)
<crit> <decision>
(the|this|that|your|their|these|those|such a|what a|a|an) [new|latest|current|recent|proposed|whole|school's|schools|last minute|last-minute|sudden] <decision> (is|was|are|were|seems|seem|sounds|looks) [a|an] <crit>
(the|this|that|your|their|these|those) [new|latest|current|recent|proposed|whole|school's|schools|last minute|last-minute|sudden] <decision> (is|was|are|were) (a joke|a farce|a shambles|a disgrace|a mess|nonsense|madness|a nonsense|a disaster|beyond a joke|not on|not ok|not okay|not acceptable|not fair|not good enough|not right)
(it's|it is|its|this is|that is|that's) [a|an] <crit> (decision|policy|rule|idea|change|plan|choice|system)
(disgraceful|shameful|appalling|shocking|outrageous|ridiculous|unacceptable|scandalous|pathetic|absurd|disgusting) (that|how) (the school|school|the head|the headteacher|the governors|the staff|the teachers|you|they|the trust|management|senior leadership|you've|you have|they've|they have|the school has|the school's|the schools|school has|the head has|the governors have|you're|they're|we're|we are|parents are|parents have)
(it's|it is|its) (disgraceful|shameful|appalling|shocking|outrageous|ridiculous|unacceptable|scandalous|pathetic|absurd|disgusting|a disgrace|a joke|beyond a joke|not good enough|not on) | | medium | weak
how (can|could|dare) (the school|school|you|the head|the headteacher|the governors|they|the trust|management) (justify|defend|expect|allow|get away with|treat|think this is|call this|say)
how (does|do|did) (the school|school|you|the head|the headteacher|the governors|they|the trust|management) (justify|expect|get away with|think this is)
(the|your|this) (school|head|headteacher|head teacher|headmistress|headmaster|governors|leadership|management|slt|senior leadership|trust|office|school's|head's|headteacher's) (has|have|is|are|has got|have got|got) [got|gotten|made] (this|it|that|everything|things|this decision|the decision) wrong
(you've|you have|they've|they have|the school has|school has|the head has|the headteacher has|the governors have|the trust has|management has|slt has|leadership has|you|they) (got|gotten) (this|it|that|things|this decision|the decision) wrong
(without|with no|with zero|didn't even|didnt even|never even|did not even|not even) (asking|consulting|telling|informing|warning|involving|listening to|thinking about|a word to|any consultation with|consultation with|any notice to|notice to) (parents|us|families|the parents|anyone|the children|carers)
(no|zero|without any|without|with no|little|hardly any) (consultation|say in)
(no|zero|without any|without|with no) (notice|warning|communication|explanation|discussion) | | low | weak
(not|wasn't|weren't|never|were not|was not) (consulted|given a say|given any say)
(not|wasn't|weren't|never|were not|was not) (asked|told|informed|warned|given any notice|given notice) | | low | weak
(complete|absolute|total|utter|such a|what a) (joke|farce|shambles|disgrace|fiasco|omnishambles) | | medium
(a|an) (farce|shambles|fiasco|omnishambles|disgrace) | | medium
(this|that|the|your) school (is|has become|has turned into) [a|an] (joke|disgrace|shambles|laughing stock|farce|mess|nightmare)
(should|ought to) be ashamed [of] [yourselves|yourself|themselves|itself]
(shame on|shameful of) (you|the school|the head|the headteacher|the governors|them|school)
(i'm|i am|im|we're|we are|were|parents are|everyone is|we're all|we are all) (disappointed|disgusted|appalled|angry|furious|livid|fuming|outraged|unhappy|not happy|shocked) (with|by|at|about|that|in) (the school|school|this decision|the decision|the new|the way|how the school|how you|how this|your decision|the head|the headteacher|the governors|the lack of|the handling|the way the school|the way this|the response|the communication|you)
[very|so|really|extremely|deeply] (disappointed|disgusted|appalled|unhappy) (with|by|in) (the school|school|the head|the headteacher|the governors|the decision|this decision|the new|your decision)
(not|isn't|wasn't|is not|was not) (good enough|acceptable|fair|on|right|ok|okay|appropriate|reasonable|the way to|how you|professional) | | low | weak
(why|how come) (has|have|did|does|is|are|was|would|should) (the school|school|the head|the headteacher|you|the governors|they|the trust|management) [changed|decided|cancelled|cancel|stopped|stop|scrapped|banned|ban|cut|removed|chosen|decide|allow|allowed|let|refuse|refused|ignored|ignore] | | low | weak
(makes|made|make) no sense | | low | weak
(complete|total|utter|absolute) (nonsense|rubbish|madness|waste|joke) | | medium

@category formal complaint
(make|making|made|submit|submitting|submitted|lodge|lodging|lodged|file|filing|filed|raise|raising|raised|put in) [a|an] [formal|official|written] complaint
(formal|official|written) complaint
(i|we) (want|wish|would like|'d like|intend|am going|are going|plan) to complain
(i'm|i am|im|we're|we are|i will be|we will be|i'll be|we'll be) (complaining|writing to|reporting (this|you|the school) to|contacting|going to) (ofsted|the council|the local authority|the governors|the trust|the la|the lea|my mp|the dfe|the department for education|the ombudsman|the press|the papers|a solicitor|my solicitor)
(take|taking|report|reporting|escalate|escalating) (this|it|you|the school|the matter) (to|further|up with) (ofsted|the council|the local authority|the governors|the trust|the la|my mp|the press|a solicitor|my solicitor|higher|the top)
(withdrawing|withdraw|pulling|pull|taking|take|moving|move) (my|our) (child|children|son|daughter|kids|kid) (out of|from) (this|the) school | | low | weak
