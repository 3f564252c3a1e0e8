# context.lex — words that change how the words around them are read.
# Scope: filler words that may stand inside any phrase; abbreviations after which a full stop ends no sentence; titles
# that make the next word a surname; markers of educational use, quoted policy and the school's own warnings.
# Leaves out: topic words of safeguarding (grooming, sexting, self-harm) as markers, because a parent reporting a
# concern uses them too ("I think this is grooming"); and negation in general (a negated phrase rarely matches anyway:
# "I'm not going to hurt you" breaks "going to hurt you" at "not").

@list fillers
really just so very all totally actually literally seriously honestly definitely absolutely completely
complete total utter proper right massive big little bloody fucking effing flipping frigging stupid absolute
ever even too utterly frankly quite pretty rather

# words a gap (~ in a pattern) never stands over: negations and the words that start another clause, so
# "I'll ~ and kill you" cannot read "I'll make sure nobody can hurt you" or "I'll ask him if ... and ..."
@list gap-stops
not never no nobody noone nothing neither nor don't won't can't cannot couldn't wouldn't shouldn't didn't doesn't
isn't aren't wasn't weren't haven't hasn't hadn't mustn't without and or but if unless when whenever whether because
cos coz so than then until till while though although

@list abbreviations
mr mrs ms mx dr prof rev revd st sr jr no vs etc eg ie approx dept tel mon tue tues wed thu thur thurs fri sat sun

@list titles
mr mrs miss ms mx dr prof rev revd mister missus mrs mstr

@kind educational
@category educational use
@severity low
# lessons, assemblies and talks about the words
(a|an|the|our|this|in|during|weekly|whole school|whole-school) (lesson|lessons|assembly|assemblies|workshop|workshops|session|sessions|talk|talks|discussion|discussions|project|topic|unit|theme|focus) (on|about|covering|around|exploring|looking at)
(lesson|lessons|assembly|assemblies|workshop|workshops) (on|about)
(learning|learnt|learned|learn|taught|teaching|teach|teaches|explored|exploring|explore|thinking|thought|reading|read) about
(talked|talking|spoke|spoken|chatted) about
(discussed|discussing|discuss)
(we|children|pupils|students|year (1|2|3|4|5|6|7|8|9|10|11|one|two|three|four|five|six)|class) (looked at|explored|considered|learnt|learned|discussed|talked about)
what (it|this|that) means
(what|why) [the] (word|words|term|terms) 
(words|terms|phrases) like
(pshe|rshe|rse|pshce|citizenship|re lesson|relationships education|circle time)
(equality|equalities) act [2010]
protected characteristics
anti (bullying|racism|racist|discrimination|homophobia|homophobic)
(online|e|internet) safety
esafety
safer internet day
(smart rules|be smart|smart approach|smart online)
(awareness|safeguarding) (week|day|month|campaign|session|assembly|training|evening)
mental health (week|day|awareness|first aid|support|lead|team)
children's mental health week
(racism|sexism|homophobia|transphobia|biphobia|ableism|misogyny|discrimination|prejudice|stereotypes|stereotyping|stereotype|myth|myths|misconceptions|equality|diversity|inclusion)
(not|isn't|is not|never) true
# the school's own warnings and quoted policy
(we|the school|school|staff|our school) (will not|won't|do not|don't|does not|doesn't|never) (tolerate|accept|allow|permit)
(will|would|is|are|be) (not|never) [be] (tolerated|accepted|acceptable|allowed|permitted)
(won't|isn't|aren't) [be] (tolerated|accepted|acceptable|allowed|permitted)
zero tolerance
is never (acceptable|ok|okay|alright|right)
(the|our|your|this|school's|schools) (policy|policies|code of conduct|rules|guidance|guidelines) (says|say|states|state|explains|sets out|makes clear|is clear)
(please|we) (report|will report|always report)
report (it|them|this|anything|any concerns|concerns) (to|on|via|through|using)
(how|where|when) to (report|spot|recognise|recognize|respond|keep|stay|get help|seek help|talk)
what to do if
(signs|warning signs|red flags) (of|that|to look out for)
(if|when) (you|you're|your child|your children|a child|children|they|anyone|someone) [are|is|feel|feels|ever feel|ever|get|gets] (worried|concerned|upset|unsure|scared|frightened)
if you (have|ve got|got) [any] (concerns|worries)
(talk|speak|chat) (to|with) your (child|children|kids|son|daughter) about
(remind|reminding|reminded) (your child|your children|children|pupils|everyone|students)
(keeping|keep) (children|your child|your children|kids|pupils|everyone) safe
(stay|staying|keep|keeping|be) safe online
kcsie
keeping children safe in education
(nspcc|childline|ceop|samaritans|papyrus|youngminds|young minds|kooth|thinkuknow|internet matters|shout 85258|report harmful content|iwf|mind charity)
(prevent duty|prevent strategy|british values)
(helpline|helplines|support line|advice line)
never (share|send|post|give out|meet up with|accept)
