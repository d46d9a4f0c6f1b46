"""Goals as people type them -> the field of knowledge that should plan them.

Written for routing, not taken from the judged rounds: new fields (a talk to give, a compliance
audit, houseplants, damp, a chess rating, a car restoration, a pilot's or motorcycle licence, a
big hike, a party, a will, customer satisfaction, recording music, a family tree, a deck or a
shed), neighbours that one keyword used to steal, and goals no field knows (the scaffold).
"""

from __future__ import annotations

import pytest

from assistant.understanding.goal import understand
from tests.offline_goals import TODAY

ROUTES: list[tuple[str, str]] = [
    # a soft drink is sugar, not alcohol, though the person says "stop drinking"
    ("I want to stop drinking Pepsi, about 3 cans a day at my desk", "sugar"),
    ("stop drinking so much on weekends", "alcohol"),
    ("need my driver's licence so I can drive myself to my new job in june", "driving"),
    ("pass the road test, I failed it last time on reversing", "driving"),
    ("my son wants his license, he has his permit and about 20 supervised hours", "driving"),
    ("I'm 41 and I want to finally learn how to drive", "driving"),
    # night snacking is eating, not family time; a race that gets you fit is running
    ("quit the late night snacking, chips every night on the couch", "healthy_eating"),
    ("i eat junk after the kids are in bed and i want that to stop", "healthy_eating"),
    ("get in shape by running my first 10k in the spring", "running"),
    # public speaking
    (
        "i have to give a presentation to the whole department in 3 weeks and im dreading it",
        "public_speaking",
    ),
    ("get less nervous when I talk in front of groups", "public_speaking"),
    (
        "write a maid of honor speech for my sisters wedding that doesnt make me cry",
        "public_speaking",
    ),
    ("speak at my dads funeral, the eulogy, without falling apart", "public_speaking"),
    ("stop saying um so much when I present to clients", "public_speaking"),
    # compliance
    ("we need to pass a HIPAA audit before the hospital signs with us, 4 devs", "compliance"),
    ("get iso 27001 certified as a company by next year", "compliance"),
    ("our startup has to be soc2 type 2 by q3 or we lose the big customer", "compliance"),
    ("get our online store PCI compliant", "compliance"),
    # houseplants
    ("stop overwatering my succulents", "houseplants"),
    ("my monstera has yellow leaves, want to nurse it back", "houseplants"),
    ("grow my indoor plant collection to 30 plants without killing any", "houseplants"),
    # mould and damp
    ("there's mildew on the bedroom ceiling every winter, want it gone for good", "mold_damp"),
    ("the flat is so damp the walls are wet in the morning", "mold_damp"),
    ("get rid of the musty damp smell in our cellar", "mold_damp"),
    # games and ratings
    ("hit 1500 elo on lichess rapid", "games_rating"),
    ("get better at chess so i stop hanging my queen", "games_rating"),
    ("climb from silver to gold in valorant ranked this act", "games_rating"),
    ("play in my first over the board chess tournament", "games_rating"),
    # car restoration
    ("restore my dads 1972 vw beetle so we can drive it together", "car_restoration"),
    ("finish the resto on my 1985 jeep cj7, its been apart for 2 years", "car_restoration"),
    ("turn my old honda motorcycle into a cafe racer", "car_restoration"),
    # licences with a practical test
    ("get my private pilot license before I turn 40", "licence"),
    ("pass my motorcycle test this summer", "licence"),
    ("get open water scuba certified for our honeymoon in bali", "licence"),
    ("learn to fly a small plane, i'd love to solo this year", "licence"),
    # hiking
    ("hike half of the appalachian trail next summer", "hiking"),
    ("climb mt kilimanjaro in january with my sister", "hiking"),
    ("do the west highland way, 96 miles, in may", "hiking"),
    ("get fit enough to do a 15 mile day hike in the mountains", "hiking"),
    # parties and family celebrations
    ("throw my wife a surprise 40th birthday party", "party"),
    ("host easter lunch for 15 people without stressing out", "party"),
    ("organise a baby shower for my best friend in june", "party"),
    ("plan a big family reunion for next summer, about 60 relatives", "party"),
    # estate planning
    ("write my will and name a guardian for the kids", "estate_planning"),
    ("get life insurance now that we have a mortgage and 2 kids", "estate_planning"),
    ("set up power of attorney for both of us in case something happens", "estate_planning"),
    ("update all my beneficiaries after my divorce", "estate_planning"),
    # customer satisfaction for a team
    ("raise our store's google review average to 4.6 stars", "service_quality"),
    ("get our support team's CSAT from 81% to 90%", "service_quality"),
    ("improve NPS at our dental practice", "service_quality"),
    # music recording
    ("record and release my first EP by the end of the year", "music_recording"),
    ("finish 6 songs and put them on spotify", "music_recording"),
    ("learn to mix my own tracks in logic pro", "music_recording"),
    # genealogy
    ("trace my family tree back to the 1800s", "genealogy"),
    ("find out more about my great grandparents who came from poland", "genealogy"),
    ("use my ancestry dna results to find my biological father", "genealogy"),
    # diy builds
    ("build a shed in the back yard this spring", "diy_build"),
    ("put up a new fence between us and the neighbours myself", "diy_build"),
    ("build a pergola over the deck before summer", "diy_build"),
    ("lay a stone patio behind the house", "diy_build"),
    # neighbours: the right field wins over one keyword
    ("take my wife out on a proper date every other friday", "relationship"),
    ("make up with my sister, we fell out over the inheritance", "family"),
    ("help my kid with math homework without both of us crying", "family"),
    ("pray the rosary every morning before checking my phone", "faith"),
    ("save up 20k for our wedding next year", "savings"),
    ("declutter and organise the kitchen cupboards and the fridge", "declutter"),
    ("be able to get up off the floor by myself again, im 78", "strength"),
    ("walk my dog every morning for 30 minutes", "walking"),
    ("fix the brakes on my daily driver before winter", "car_care"),
    ("get my real estate license by the fall", "certification"),
    ("pass my GED math test", "exam"),
    ("sell my old furniture and flip thrift finds on marketplace for extra money", "side_income"),
    ("cut our streaming and app subscriptions and lower the monthly bills", "budgeting"),
    ("practice guitar 20 minutes a day", "instrument"),
    ("repaint the living room and the hallway", "renovation"),
    ("plant a vegetable garden in raised beds this spring", "gardening"),
    ("get our team to ship releases every week instead of once a month", "team_delivery"),
    ("get the first response time on our support queue under 2 hours", "support"),
    ("hike every weekend this summer, at least 5 miles each", "hiking"),
    # what is to change comes first; the context after it does not steal the goal
    ("get my sleep back on track, I'm at 5 hours and living on energy drinks", "sleep"),
    ("cut out energy drinks, I have 3 cans of monster a day", "caffeine"),
    ("sleep through the night again, I wake at 3am and can't drop off", "sleep"),
    ("be up at 6am every weekday so I stop rushing to work", "waking_early"),
    ("run a sub 1:50 half marathon next spring, my best is 1:58", "running"),
    ("go from jogging 2 miles to running a 50k trail race in october", "running"),
    ("walk the whole coast to coast path next summer", "hiking"),
    ("get closer to my 14 year old daughter, all we do is argue about her phone", "family"),
    ("be a better partner to my girlfriend, we argue about chores all the time", "relationship"),
    ("rebuild my relationship with my dad after years of not talking", "family"),
    ("spend more time with my wife now the kids have left home", "relationship"),
    # near-miss pairs: the same noun, a different change
    ("keep the house clean with 3 kids and a dog", "cleaning"),
    ("stop yelling at my kids about chores and homework", "family"),
    ("buy a reliable used car for under 8k", "big_purchase"),
    ("finish couch to 5k before my 40th birthday", "running"),
    ("quit weed, I smoke every evening to switch off", "quit"),
    ("quit smoking, I'm at 10 cigarettes a day", "smoking"),
    ("stop vaping before summer", "smoking"),
    ("make an extra 500 a month on the side walking dogs", "side_income"),
    ("get a 10% raise at my review in march", "raise"),
    ("rent out the spare room on airbnb to cover the mortgage increase", "side_income"),
    ("file my own taxes this year, I'm self-employed and scared of the irs", "paperwork"),
    ("earn my first 1000 dollars freelancing as a copywriter", "side_income"),
    ("save half of everything I earn this year", "savings"),
    ("pay off the 6k on my credit card before the 0% ends", "debt"),
    ("switch careers from nursing into UX research", "career_switch"),
    ("find a new job in my field that pays more and has less overtime", "job"),
    ("declutter the whole flat before the move in march", "declutter"),
    ("pack and move our family of 5 to Texas in 8 weeks", "moving"),
    ("repaint the kids' bedrooms over the holidays", "renovation"),
    # teams and groups
    ("our PTO needs 20 more parents helping at events this year", "volunteer_group"),
    (
        "recruit more volunteers for our animal rescue, the same 4 of us do every shift",
        "volunteer_group",
    ),
    ("volunteer at the soup kitchen every other saturday", "volunteer"),
    ("our team wants to cut the helpdesk backlog from 250 open tickets to 40", "support"),
    ("cut our kitchen's food waste by a third, we bin trays of prep every night", "operations"),
    ("get our app's play store rating from 3.4 to 4.3 stars", "service_quality"),
    ("cut the time our team spends in meetings from 15 to 8 hours a week", "operations"),
    # health: the field of the change, not of the condition named
    ("build a gentle exercise habit with my long covid, 5 minutes to start", "exercise_routine"),
    ("lower my LDL cholesterol before the next blood test", "blood_sugar"),
    ("get my blood pressure under 130/80 without a second pill", "blood_pressure"),
    ("get back to running after my ACL reconstruction", "rehab_posture"),
    ("lose 15 lbs before the wedding in june", "weight"),
    ("put on 8 kg of muscle this year, I'm really skinny", "weight_gain"),
    ("stop binge eating crisps at night when I'm stressed", "healthy_eating"),
    # selling things you own: not gig work, not decluttering
    ("sell my old road bike and the kayak before winter, should be about 900 bucks", "sell_stuff"),
    ("have a garage sale in april and sell 10 years of stuff from the basement", "sell_stuff"),
    ("sell my late mother's piano and the china cabinet for a fair price", "sell_stuff"),
    ("list the kids' outgrown toys and clothes online and make $400", "sell_stuff"),
    ("sell the camper privately this spring instead of trading it in", "sell_stuff"),
    # a yard project: not a vegetable patch
    ("have the two dead pines in the back yard taken down and the stumps ground", "yard"),
    ("turn the muddy backyard into a lawn the dog can run on", "yard"),
    ("level the backyard and put in a swing set for the twins by summer", "yard"),
    ("landscape the front yard for under 2500 dollars before the HOA inspection", "yard"),
    # a dog's behaviour when alone: not obedience cues
    (
        "my dog howls for hours when I leave for work and the landlord has had complaints",
        "dog_behaviour",
    ),
    ("get our beagle ok with being home alone for a workday before my leave ends", "dog_behaviour"),
    ("stop my puppy chewing up shoes and the couch when we're out", "dog_behaviour"),
    ("teach my puppy sit, down and stay before the holidays", "pets"),
    # a small food business that already sells: not starting one
    ("get my jams into 4 local shops by christmas, I sell at craft fairs now", "food_business"),
    ("move our cupcake business out of my home kitchen into a commercial kitchen", "food_business"),
    ("land 3 wholesale accounts for my cold brew this year", "food_business"),
    ("open a small bakery of my own in two years", "start_business"),
    # a club's turnout and its own event: not startup customers
    (
        "our walking group has 30 on the mailing list but 6 come, want 15 regulars by spring",
        "club_events",
    ),
    ("put on our cycling club's first charity ride next summer", "club_events"),
    ("grow our board game club nights from 8 to 20 people", "club_events"),
    ("run my first 10k this spring", "running"),
    # moving to a new city: finding a place from afar, not packing boxes
    ("move to portland in august for my new job with my dog, I don't know the city", "relocation"),
    ("move to Berlin next year and find a flat from here", "relocation"),
    ("pack up the apartment and move across town next month", "moving"),
    # a volunteer group recruiting, not one person's hours
    ("find 8 more reliable volunteers for our soup kitchen's sunday lunches", "volunteer_group"),
    (
        "set up a sign-up system for our church volunteers instead of the group chat",
        "volunteer_group",
    ),
    ("volunteer 2 hours a week at the animal shelter", "volunteer"),
    # the old neighbours keep their goals
    ("plant tomatoes and herbs along the back fence this spring", "gardening"),
    ("resell sneakers for profit on the side, 300 a month", "side_income"),
    ("get a tetanus booster before our camping trip", "medical"),
    # no field knows these: the honest scaffold
    ("learn to juggle 3 clubs", "scaffold"),
    ("make a stained glass window for the front door", "scaffold"),
    ("build a ship in a bottle for my grandad", "scaffold"),
    # round 9 swaps: the neighbour's template took the goal (own phrasings)
    (
        "the school's parent group has to raise about $45k for new play equipment and get the"
        " board to approve the design",
        "fundraising",
    ),
    (
        "our hockey club is short of volunteer coaches and each one needs a DBS check and the"
        " safeguarding course before the season",
        "volunteer_group",
    ),
    (
        "we want to run a shared tool library out of the vacant lot on our road, the landlord"
        " and the council have to agree",
        "civic",
    ),
    (
        "I have fibro and I'd like to work out a daily routine that eases the flares: a pain"
        " diary, gentle stretching, and chasing my referral",
        "chronic_condition",
    ),
    (
        "I want to get out of hospitality management into HR, I've managed teams for years but"
        " have no qualifications",
        "career_switch",
    ),
    ("reconnect w my sister, we haven't spoken since the inheritance row", "family"),
    ("reconnect with old friends from university I've lost touch with", "friends"),
    ("work out 3 times a week before work", "exercise_routine"),
    # dip and chew are nicotine; food binned in a shop is waste, not a food business
    ("give up chewing tobacco, a pouch of Red Man lasts me two days", "smoking"),
    ("i want to quit dipping before my daughter's wedding, tried twice already", "smoking"),
    ("stop eating a whole bag of chips and dip every night in front of the tv", "healthy_eating"),
    ("our deli throws away trays of salads every evening, cut that waste by a third", "operations"),
    ("i snap at my 4 year old every morning getting him ready for school", "family"),
    (
        "figure out if we can afford to retire at 62, we have two old company pensions and some"
        " savings",
        "investing",
    ),
    # the change wanted outranks the occasion it is for
    (
        "I'm 14 stone and want to be 12 by my brother's wedding in may, less bread more walks",
        "weight",
    ),
    ("drop two jean sizes before our daughter's wedding this summer", "weight"),
    ("get my 5k time under 30 minutes before my 40th", "running"),
    ("quit smoking for good ahead of our wedding next year", "smoking"),
    ("plan our wedding for next june, about 60 guests", "wedding"),
    ("organise my dad's 70th birthday party at the golf club", "party"),
    # a family book is written, not cooked; online ordering is a channel, not startup revenue
    (
        "my sisters and I want to turn auntie's recipes into a proper printed cookbook",
        "family_book",
    ),
    ("get my mum to tell her childhood stories on tape and make them into a book", "family_book"),
    (
        "gather the old family recipes from everyone before the reunion and print them",
        "family_book",
    ),
    (
        "let customers order our cakes online for pickup instead of ringing the shop",
        "online_ordering",
    ),
    (
        "our takeaway wants its own online ordering instead of paying deliveroo 30%",
        "online_ordering",
    ),
    ("get the butcher's shop taking click and collect orders by easter", "online_ordering"),
    # tiling, flooring and plumbing jobs are home jobs, not paint or crafts
    ("tile the floor of our downstairs loo, first time I've ever tiled", "renovation"),
    ("lay vinyl plank flooring through the whole ground floor myself", "renovation"),
    ("sort out the dripping shower valve and the slow drain in the bath", "home_repair"),
    # a service business already trading wants clients, not a start-up plan
    ("win 12 more weekly clients for my ironing service, I've got 9 now", "service_clients"),
    ("get my pet sitting business booked up every weekend by summer", "service_clients"),
    ("start a dog grooming business from home next year", "start_business"),
    # a text learnt by heart; scripture learnt by heart stays in its tradition
    ("get word-perfect on all my lines as Portia before the dress rehearsal", "memorise_text"),
    ("learn the whole of The Raven by heart", "memorise_text"),
    ("memorise surah ar-rahman by heart this winter", "faith"),
    # a group's volunteer rota is the group's, one person's hours are volunteering
    (
        "our soup kitchen needs a proper volunteer rota so saturdays stop falling on 3 people",
        "volunteer_group",
    ),
    ("volunteer at the food bank two saturdays a month", "volunteer"),
    # a youtube channel is content, a podcast is a podcast
    ("get my woodworking youtube channel to 500 subscribers this year", "content"),
    ("launch a monthly podcast about local history, 10 episodes", "podcast"),
    # a freelancer's money system is budgeting, not revenue or a start-up
    (
        "sort out my money as a self-employed electrician, I never have the tax when it's due",
        "budgeting",
    ),
    # an adult relearning maths is not a student's grade
    ("get good enough at maths to check my son's long division homework", "adult_maths"),
    (
        "learn percentages and decimals properly, I'm 52 and still can't work out a discount",
        "adult_maths",
    ),
    ("get my maths grade from a C to an A this term", "course_grade"),
    # the person runs, teaches or coaches the others: planned for that role, never as the learner
    (
        "I coach the under 11s at our hockey club and want 8 more kids signed up after christmas",
        "club_growth",
    ),
    ("I run the junior section of our tennis club, we're down to 9 regular juniors", "club_growth"),
    ("grow the youth choir I lead from 10 singers to 24 by the spring concert", "club_growth"),
    (
        "I teach year 11 english and want 85% of my students to get a grade 4 or above",
        "class_results",
    ),
    (
        "as a 3rd grade teacher I want every student in my class reading at grade level by may",
        "class_results",
    ),
    ("I'm a teacher and want to learn spanish to B1 over the summer", "language"),
    ("get better at cricket batting, I keep getting out lbw", "sports_skill"),
    # a group's achievement no field plans for the organiser: the honest scaffold, not a neighbour
    ("I coach swimming at our club and want 4 of my swimmers to make county times", "scaffold"),
    (
        "I run a beginners running group and want all 20 members to finish the 5k in june",
        "scaffold",
    ),
    # earning from a skill is side income with the skill as the product, not a course
    ("make $600 a month from my wedding photography on weekends", "side_income"),
    ("start earning money from my baking, maybe £300 a month from cakes", "side_income"),
    ("learn to use manual mode on my camera for better photos of the kids", "photography"),
    # abroad is not a domestic move or an office job search
    (
        "relocate from Nairobi to Berlin for my masters, need the student visa and a blocked account",
        "relocation",
    ),
    ("get a nursing job in Australia, AHPRA registration is in progress", "job"),
    # a field's own kinds: travel jabs, a teenager, growing to stop buying
    ("sort out the vaccinations for our Thailand trip, rabies jabs and hep A", "medical"),
    ("stop shouting at my 14-year-old daughter about homework", "family"),
    ("grow enough salad and herbs that we don't have to buy any all summer", "gardening"),
]

# the variant inside a field: travel vaccines, a teenager, a harvest goal, a study move, a job
# abroad with registration (field, the variant's subject)
VARIANTS: list[tuple[str, str, str]] = [
    (
        "book my travel vaccines before kenya in march, yellow fever certificate needed",
        "medical",
        "the travel vaccinations",
    ),
    (
        "my son is 16 and we fight every night about his phone, I want to stay calm",
        "family",
        "your teenager",
    ),
    (
        "less arguing with my teenage daughter, one outing a week together",
        "family",
        "your teenager",
    ),
    (
        "grow our own tomatoes and beans so we stop buying veg from july to october",
        "gardening",
        "the kitchen garden",
    ),
    (
        "move from Accra to Manchester in september to study, CAS and student visa still to do",
        "relocation",
        "the country you study in",
    ),
    ("band 6 physio job in the UK, HCPC registration then visa sponsorship", "job", "sponsored"),
]


def test_a_family_goal_is_planned_as_family_time_not_one_on_ones():
    found = understand(
        "our family wants to cut screen time and do one real thing together every week", {}, TODAY
    )
    assert found.playbook.key == "family"
    assert found.preset is not None and found.unit == "family activities"


def test_the_table_is_wide():
    assert len(ROUTES) >= 120
    assert len({field for _, field in ROUTES}) >= 25


@pytest.mark.parametrize(("goal", "field"), ROUTES, ids=[g[:48] for g, _ in ROUTES])
def test_a_goal_is_planned_by_its_own_field(goal, field):
    found = understand(goal, {}, TODAY)
    assert found.playbook.key == field, found.route.runner_up if found.route else None


@pytest.mark.parametrize(
    ("goal", "field", "subject"), VARIANTS, ids=[g[:48] for g, _, _ in VARIANTS]
)
def test_a_goal_gets_its_fields_own_variant(goal, field, subject):
    found = understand(goal, {}, TODAY)
    assert found.playbook.key == field
    assert found.preset is not None and found.preset.subject == subject


def test_a_teacher_or_club_organiser_is_never_planned_as_the_learner():
    for goal in (
        "I teach year 8 science, want 70% of my pupils at their target by the summer exams",
        "I run our village football club's girls section and want 15 more players",
    ):
        found = understand(goal, {}, TODAY)
        assert not found.playbook.learner, found.playbook.key
