# names.lex — the lists that tell a name from the ordinary word it also is (see NameSense).
# Scope: English words that are also given names or surnames of children in UK schools, and the words around them
# that decide which is meant. Leaves out: names that are no ordinary word (Ayesha, Tom, Begum): those are always names.

# Names that are also ordinary words. "word : partners" lists words that, straight after it, make it the word
# (beyond the general list word-sense-after below).
@list names-as-words
autumn : leaves leaf colours colour walk harvest equinox
summer : holidays hols reading solstice sun sunshine
winter : wonderland coat coats clothes solstice warmer
spring : term clean onions lambs flowers bulbs blossom
april : fool fools showers
may : day pole queen be
june : bug
july
august
hope : you to that we they he she
faith : schools school school's based groups group communities community leaders in
grace : before after period
joy : of
mercy
charity : shop shops event events run walk bake appeal appeals fundraiser fundraising day number
patience
honor honour
harmony : day
unity
liberty : bodice
destiny
trinity : sunday term
blessing : of
precious
promise : to that
star : of award awards baker bakers
sky : blue is above
skye
river : bank banks walk trip study dart derwent
rain : coats coat boots
storm : damage warning
dawn : chorus of
eve : of
rowan : tree trees berries berry
ruby : anniversary wedding red slippers
amber : warning light lights alert
jade : plant
pearl : anniversary
crystal : clear
opal
holly : wreath wreaths bush leaves berries berry
ivy : leaves wall
rose : garden gardens bush bushes petals bed beds
lily : pad pads pond
daisy : chain chains chains
poppy : appeal day seeds field fields wreath
violet
iris
heather : moor moors
hazel : nut nuts tree trees
willow : tree trees weaving den dens class pattern
olive : oil oils tree trees branch
fern
sage
bay : leaf leaves area
ash : tree trees wednesday cloud
oak
birch
aspen
cedar
laurel : hedge
primrose : hill
marigold
jasmine : tea rice
saffron
cherry : tree trees blossom pie
berry
apple : tree trees pie crumble juice
peach
honey : bees bee
sunny : day days weather spells afternoon morning
rainbow : class
miles : away from of per long an to
mark : scheme schemes book books making sheet
will : be have you not never also we they it this need
bill : of
rob
pat
sue
jack : and
frank : discussion conversation
earl
duke : of
king : of
prince : of
major
victor
rich : tea
sandy : beach
rusty
penny : for
kitty
bunny : ears
candy : floss cane canes
ginger : biscuits bread beer
cookie
angel : costume costumes wings
rocky : road
ray : of
guy : fawkes fawkes'
drew
chase : the
hunter
archer
chester : zoo cathedral races
brooke
brook
reed
dale
glen
cliff
heath
forest : school schools
wood
stone
lake
ocean
marina
luna
nova
robin : hood
wren
jay
lark
raven
phoenix
hawk
finch
swift
fox
wolf
bear
tiger
price : list lists of rise increase
hill : walk walking top
bell : rang rings ring ringing ringers tower
fisher
walker
mason : jar jars
carter
baker
cook
smith
turner
taylor
miller
cooper
fletcher
potter
weaver
hall
wells
field : trip trips day days
fields
lane
cross : country
moss
rivers
banks
bush
pool
ford
march
page
pope
bird
swan
lamb
bull
drake
crow
snow : day days
frost
day
knight
bishop
dean
marshall
butler
gardener
shepherd
long
short
little
young
white
green
brown
black
gray
grey
sharp
west
north
south
east
noble
brave
bright
golden
best
bond
parks
park
street
house
cole
coles
holmes
gill
hay
ward
bridge
church
chapel
wall
webb
burns

# Words before a name that make it the ordinary word: "the Summer fair", "this Autumn", "two miles".
@list word-sense-before
the a an this that these those every each last next in during until till since before after over through throughout
early late mid all some many several few much no any such what how very so more most less
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand half
couple dozen sunny glorious wet cold warm hot busy long short whole entire following previous upcoming coming new
first second third fourth final we i they can could would should might must shall will do does did
not never always also just still only even

# Words straight after a name that make it the ordinary word: "Autumn term", "Chester Zoo", "Summer 2026".
@list word-sense-after
term terms half termly holiday holidays hols break fair fete fayre fete concert concerts show shows festival
camp camps club clubs time season seasons tree trees berries blossom flowers garden gardens walk walks trip trips
picnic picnics party parties disco ball menu menus uniform timetable dates newsletter newsletters reading challenge
sun sunshine weather evening evenings morning mornings afternoon afternoons night nights day days week weeks month
months solstice equinox colours colors crafts craft display displays celebration celebrations fun activities
activity programme workshop workshops production productions play plays nativity sale sales raffle bake market
bbq barbecue zoo anniversary wedding before valley house road street lane avenue close park hall centre center farm
museum hospital cathedral church college academy primary school schools nursery way drive court gardens green
hill bridge station village town city county district ward trust charity foundation award awards cup trophy league
term's

# Verbs of doing straight after a name that show it names a person: "Hope scored", "Miles won".
@list doing-verbs
scored scores won wins made makes drew draws painted paints wrote writes built builds created creates completed
completes showed shows said says helped helps read reads sang sings performed performs achieved achieves earned earns
got gets received receives brought brings played plays ran runs swam swims came comes finished finishes designed
designs baked bakes took takes gave gives found finds spotted spots caught catches loved loves enjoyed enjoys
joined joins celebrated celebrates won danced dances jumped jumps climbed climbs learned learnt learns taught
teaches raised raises collected collects donated donates presented presents represented represents led leads
walked walks cycled cycles skipped skips organised organises planted plants grew grows cooked cooks chose chooses
decided decides tried tries told tells asked asks answered answers explained explains shared shares wore wears
looks looked smiled smiles laughed laughs cried cries tells practised practises worked works managed manages
who whose
holds held wins shows showing holding presenting performing reading writing painting drawing making building
scoring winning receiving collecting celebrating enjoying helping playing singing dancing running swimming
chosen picked selected awarded named crowned

# Words before a name that show it names a person: "well done Hope", "congratulations Summer".
@list name-cues
done congratulations congrats thanks thank welcome meet dear hello hi hey bravo go by with and

# Seasons and months: capitalised in English anyway, so a capital letter says nothing about them.
@list seasons-and-months
spring summer autumn winter january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday

# After an 's that means "is" or "has", not a possessive: "Summer's here", "Autumn's arrived".
@list is-not-possessive
here coming over almost nearly finally arrived gone back just been on started begun ending ended upon definitely
really officially not a the in well truly nearly arriving approaching round around near


# Pronouns of a person after "with": "Storm with her medal" names a child; "Summer with its long days" does not.
@list person-pronouns
her his their

# Words that open an aside about a child after a comma, bracket or dash: "Storm, Year 6, ...", "Grace (aged 6)",
# "River, who ...", "Summer (left)". Numbers count too ("Amber, 7, ..."), and so does a child's role within a few
# words ("Miles - winner of ...", "Miles, our Year 4 captain, ...").
@list aside-words
year yr aged age who whose from reception nursery class left right centre center middle front back pictured

# Auxiliaries after a name, before a verb of doing or a child's role: "Amber has won", "Hope is our star".
@list auxiliaries
has had is was will have

# What a child is named as: "Hope is our star of the week", "River was the winner".
@list child-roles
star winner winners champion champions captain councillor reader writer artist author player runner swimmer
mathematician scientist poet pupil student helper monitor ambassador leader prefect hero

# Words of place before a pupil's surname alone that make it the place: "our trip to London", "Tower of London".
@list place-before
to from at in of near into towards toward via around across outside inside visit visited visiting
