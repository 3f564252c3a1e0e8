# equivalents.lex — spellings writers use for the same words, and word classes shared by later files.
# Scope: contractions with and without apostrophes, text-speak pronouns ("u", "ur"), "gonna"/"wanna".
# Leaves out: spelling mistakes in general, and disguise (the disguise view handles deliberate misspelling).

@same you = u | ya | yu
@same your = ur | yor | yer | you're | youre
@same you're = you are | u are | u r | ur | youre | yr
@same you'll = you will | u will | youll | ull | u'll | yall
@same you've = you have | u have | youve
@same yourself = urself | your self | yourselves
@same i'll = i will | ill | i'm gonna | im gonna | i am gonna | i'm going to | im going to | i am going to
@same i'm = i am | im
@same i've = i have | ive
@same we'll = we will | we're gonna | were gonna | we are going to | we're going to
@same won't = will not | wont
@same don't = do not | dont
@same doesn't = does not | doesnt
@same didn't = did not | didnt
@same can't = cannot | can not | cant
@same shouldn't = should not | shouldnt | shudnt
@same mustn't = must not | mustnt
@same isn't = is not | isnt
@same aren't = are not | arent
@same wasn't = was not | wasnt
@same he's = he is | hes
@same she's = she is | shes
@same they're = they are | theyre
@same it's = it is | its
@same that's = that is | thats
@same gonna = going to | goin to | gunna | gona
@same wanna = want to | wana
@same because = cos | coz | cuz | because
@same myself = meself | my self
@same mum = mom | mam | mother | mummy
@same dad = father | daddy
@same pic = pics | picture | pictures | photo | photos | selfie | selfies | image | images | snap | snaps
@same till = until | til | 'til

# people who may be the target of a threat, or of bullying
@class target = you | him | her | them | your (kid|kids|child|children|son|daughter|family) | that (teacher|woman|man|kid)
@class my-child = (my|our) (son|daughter|child|kid|kids|children|boy|girl|lad|little one|stepson|stepdaughter|grandson|granddaughter|niece|nephew|young one)
@class child = child | children | kid | kids | son | daughter | boy | girl | pupil | pupils | student | students
