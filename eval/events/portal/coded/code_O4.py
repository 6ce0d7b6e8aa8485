#!/usr/bin/env python3
"""Annotator O4: hand codes for batch-O4.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-O4.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of your batch, [] when the item has no event.
CODES = {
    # The largest site of dinosaur footprints of the Cetiosaurus and Megalosaurus dating back to
    "portal-2025-01-02-60": [],
    # The National Weather Service issues winter storm warnings across the central Great Plains 
    "portal-2025-01-03-30": [],
    # SpaceX successfully launches the United Arab Emirates Space Agency's communications satell
    "portal-2025-01-03-69": [],
    # The Taiwanese Coast Guard intercepts the Cameroon-registered container ship Shunxin39 afte
    "portal-2025-01-04-36": [
        ev("intercepts", sub="other", a1="Police Forces of Taiwan", a2=None,
           loc=L("Taiwan", "TW", None, 4))],
    # In tennis, the United States wins its second United Cup title after defeating Poland 2–0 i
    "portal-2025-01-05-50": [],
    # The Brazilian government announces that Indonesia has joined the BRICS trade bloc as a ful
    "portal-2025-01-06-36": [],
    # The International Committee of the Red Cross announces plans to expand its operations in S
    "portal-2025-01-06-54": [],
    # The CALNEV Pipeline connecting oil refineries in southern California to Clark County, Neva
    "portal-2025-01-08-32": [],
    # Guyana says that it will resort to the United Nations to deter Venezuela from unilaterally
    "portal-2025-01-09-39": [],
    # Amid ongoing wildfires, authorities in Los Angeles County, California, United States, impo
    "portal-2025-01-10-21": [],
    # TikTok warns that it could "go dark" on Sunday without assistance from outgoing U.S. Presi
    "portal-2025-01-17-56": [],
    # U.S. President Donald Trump unveils a joint venture between OpenAI, Oracle, and SoftBank, 
    "portal-2025-01-21-31": [],
    # Nineteen vehicles figured in a pileup along the Yekaterinburg-Almaty highway near Aksu-Ayu
    "portal-2025-01-23-13": [],
    # The Syrian newspaper Enab Baladi announces it will return to Syria after a decade in exile
    "portal-2025-01-26-27": [],
    # Following the meeting between Indian Foreign Secretary Vikram Misri and Chinese Foreign Mi
    "portal-2025-01-27-32": [],
    # The identity of Cleo is revealed to be Vladimir Reshetnikov, an Uzbek software developer, 
    "portal-2025-02-20-58": [],
    # The death toll following the structural collapse of a metal roof of the Real Plaza Trujill
    "portal-2025-02-22-35": [],
    # American coffeehouse chain Starbucks announces that it is cutting 1,100 jobs across its st
    "portal-2025-02-24-28": [],
    # Over 50 people die after an unknown virus outbreak in northwestern Democratic Republic of 
    "portal-2025-02-24-33": [],
    # Iraq agrees to reopen the oil pipeline between Iraqi Kurdistan and Turkey after a conversa
    "portal-2025-02-25-28": [],
    # The UK government suspends financial aid and imposes economic sanctions on several high-ra
    "portal-2025-02-25-44": [],
    # Russia appoints Alexander Darchiev as its new ambassador to the U.S. following talks betwe
    "portal-2025-02-28-52": [],
    # At their annual general meeting in Northern Ireland, the International Football Associatio
    "portal-2025-03-01-64": [],
    # I'm Still Here, directed by Walter Salles, becomes the first Brazilian film to win at the 
    "portal-2025-03-02-32": [],
    # Iran says Turkey's criticism of its foreign policy could lead to worsening ties after Turk
    "portal-2025-03-04-47": [],
    # The United States Department of Defense denies previous media reports that Secretary of De
    "portal-2025-03-05-48": [],
    # The United States withdraws from the Just Energy Transition Partnership, a program that he
    "portal-2025-03-06-49": [],
    # Intuitive Machines' space probe IM-2 Athena lands on Mons Mouton near the lunar south pole
    "portal-2025-03-06-67": [],
    # All trains running through the Gare du Nord railway station in Paris, France, including Eu
    "portal-2025-03-07-34": [],
    # The Great Lakes Shipwreck Historical Society announce the discovery of the wreckage of the
    "portal-2025-03-10-18": [],
    # British Columbia Premier David Eby announces that the province will ban all U.S.-imported 
    "portal-2025-03-10-24": [],
    # An under-construction government office skyscraper collapses in Bangkok, Thailand, killing
    "portal-2025-03-28-26": [],
    # A 7.7 magnitude earthquake strikes Sagaing, Myanmar, with significant damages reported as 
    "portal-2025-03-28-27": [],
    # Archaeologists with the Vienna Museum announce the discovery of a mass grave in Simmering 
    "portal-2025-04-02-39": [],
    # The death toll from the wildfires across South Korea rises to 32 after a Bell 206 firefigh
    "portal-2025-04-06-30": [],
    # The United Kingdom's Cabinet Office announces it will cut around 2,100 jobs from its depar
    "portal-2025-04-10-28": [],
    # Hungary's Minister of the Prime Minister's Office Gergely Gulyás suggests a biological att
    "portal-2025-04-10-39": [],
    # The Hellenic Coast Guard finds two bodies and 39 survivors when a boat carrying migrants c
    "portal-2025-04-14-25": [],
    # China orders its airlines to stop taking deliveries of jets from American aviation company
    "portal-2025-04-15-24": [],
    # The European Commission approves the use of Lecanemab, a monoclonal antibody medication th
    "portal-2025-04-15-33": [],
    # The Parliament of the Maldives votes in favor of an amendment to the Immigration Act, bann
    "portal-2025-04-15-40": [],
    # 4chan is hacked and goes offline, with the website's source code and the usernames, IP add
    "portal-2025-04-15-55": [],
    # Archaeologists from the University of Barcelona confirm that the remains discovered in Val
    "portal-2025-04-24-33": [],
    # New Zealand defence minister Judith Collins and Philippine defense secretary Gilbert Teodo
    "portal-2025-04-30-51": [],
    # Moody's Ratings lowers the United States' credit rating from Aaa to Aa1, citing the govern
    "portal-2025-05-16-21": [],
    # The U.S. Food and Drug Administration clears the Fujirebio Lumipulse for distribution, the
    "portal-2025-05-16-31": [],
    # The papal inauguration Mass of Pope Leo XIV is held at St. Peter's Square in Vatican City.
    "portal-2025-05-18-27": [],
    # Three people are killed, including a 5-year-old, and two others are injured, including an 
    "portal-2025-05-18-34": [],
    # Indian author Banu Mushtaq and translator Deepa Bhasthi win the 2025 International Booker 
    "portal-2025-05-20-31": [],
    # The United Kingdom suspends negotiations on a new free trade agreement with Israel and sum
    "portal-2025-05-20-42": [],
    # In association football, Aberdeen F.C. wins their 9th Scottish Cup and their first in 35 y
    "portal-2025-05-24-54": [],
    # Four people are killed when a South Korean Navy Lockheed P3-C Orion aircraft crashes into 
    "portal-2025-05-29-16": [],
    # Twelve people are killed after a vehicle carrying Sudanese migrants collided with a truck 
    "portal-2025-05-30-38": [],
    # The 78th Tony Awards take place at Radio City Music Hall in New York City, United States, 
    "portal-2025-06-08-21": [],
    # Six people are killed and two others are missing after a boat carrying ten people capsizes
    "portal-2025-06-21-30": [],
    # The Vera C. Rubin Observatory in Chile releases the first light images from its new 8.4-me
    "portal-2025-06-23-47": [],
    # Three people are killed and dozens of others are missing in a flash flood caused by torren
    "portal-2025-06-26-21": [],
    # In ice hockey, the NHL entry draft is held at the Peacock Theater in Los Angeles, U.S., wi
    "portal-2025-06-27-37": [],
    # At least 11 people are killed and seven others are injured after a gold mine collapses in 
    "portal-2025-06-29-23": [],
    # A boat, capable of carrying forty passengers, sank in conditions of strong winds in Dongji
    "portal-2025-07-05-27": [],
    # The death toll from the collapse of a multistory building on Friday in Karachi, Sindh, Pak
    "portal-2025-07-06-27": [],
    # Nine people are killed and more than 30 others are injured, including five firefighters, i
    "portal-2025-07-13-31": [],
    # A child is killed and 21 people are injured when a coach bus crashes in Somerset, England.
    "portal-2025-07-17-21": [],
    # Indian prime minister Narendra Modi announces India will lend a US$565 million credit line
    "portal-2025-07-25-46": [],
    # Twenty-five people are killed, 26 others are rescued, and 49 are reported missing when a l
    "portal-2025-07-27-32": [],
    # Russian airline Nordwind launches the first commercial flight from Moscow to Pyongyang, No
    "portal-2025-07-27-41": [],
    # Seven people are killed and three others are injured when a Venezuelan Air Force Cessna 20
    "portal-2025-07-29-28": [],
    # Canadian prime minister Mark Carney announces that Canada will recognise Palestine as an i
    "portal-2025-07-30-32": [],
    # Pope Leo XIV declares Saint John Henry Newman, a 19th-century Anglican convert who became 
    "portal-2025-07-31-24": [],
    # Heavy rain leads to flash flooding in the Guinean capital Conakry, killing at least seven 
    "portal-2025-07-31-30": [],
    # U.S. president Donald Trump announces revised tariff rates set to start on August 1, inclu
    "portal-2025-07-31-41": [],
    # American lobbying firm DCI Group signs a $3 million-per-year agreement with Myanmar's Mini
    "portal-2025-07-31-45": [],
    # Italy and Vatican City agree to transform a 430-hectare (1,100-acre) field in Rome to a so
    "portal-2025-07-31-59": [],
    # At least four people are killed and around 100 others are reported missing after a massive
    "portal-2025-08-05-17": [],
    # Four people are killed when a medical transport Beechcraft Super King Air small plane cras
    "portal-2025-08-05-19": [],
    # The Evergrande Group announces it will be delisted from the Hong Kong Stock Exchange on Au
    "portal-2025-08-12-18": [],
    # A van crashes into a metal fence after losing control on the Central Luzon Link Expressway
    "portal-2025-08-12-25": [],
    # The first hurricane of the 2025 season, Hurricane Erin, forms near the Leeward Islands.
    "portal-2025-08-15-21": [],
    # Ukrainian president Volodymyr Zelenskyy and several other European leaders meet with U.S. 
    "portal-2025-08-18-28": [],
    # At least 15 people are killed and ten others are injured in a landslide in Manéah, Kindia 
    "portal-2025-08-21-32": [],
    # The Democratic Republic of the Congo declares a new Ebola outbreak in Kasaï Province with 
    "portal-2025-09-04-26": [],
    # Costa Rica closes its airspace for at least five hours after a power outage disables radar
    "portal-2025-09-24-29": [],
    # Namibia deploys 540 soldiers to contain wildfires that have burned more than 770,000 ha (7
    "portal-2025-09-29-36": [],
    # Telecommunications are almost entirely down in Afghanistan following a internet cut by the
    "portal-2025-09-30-67": [],
    # At least two people are killed and others are injured when an Iranian Red Crescent Society
    "portal-2025-10-03-41": [],
    # In auto racing, McLaren win their second consecutive Formula One World Constructors' Champ
    "portal-2025-10-05-56": [],
    # Following his win at the Shanghai Masters, Vacherot moves to rank 40 and becomes the highe
    "portal-2025-10-12-49": [],
    # In touring car racing, Grove Racing drivers Matthew Payne and Garth Tander win the 68th ru
    "portal-2025-10-12-51": [],
    # The Dutch government invokes the Goods Availability Act to seize control of the Chinese-ow
    "portal-2025-10-13-45": [],
    # South Korea issues a blanket travel ban on its citizens to parts of Cambodia known for its
    "portal-2025-10-15-39": [],
    # The United States rules out Israel's plan to annex the West Bank following a Knesset vote,
    "portal-2025-10-23-27": [],
    # Seven people are killed and eight injured when an avalanche strikes a base camp on a mount
    "portal-2025-11-03-37": [],
    # The Democratic Republic of Congo and Rwanda state that they have agreed on a Regional Econ
    "portal-2025-11-07-38": [],
    # The Dominican Republic experiences a rare countrywide blackout, which officials blame on a
    "portal-2025-11-11-24": [],
    # The Sun emits a X5.1-class solar flare from sunspot AR4274, the most intense since October
    "portal-2025-11-11-61": [],
    # The United States Mint strikes its last penny for circulation, though it will remain legal
    "portal-2025-11-12-17": [],
    # During a G7 meeting on the Russo-Ukrainian war, Canadian foreign minister Anita Anand anno
    "portal-2025-11-12-27": [],
    # During a training flight, a Sukhoi Su-30SM crashes in Prionezhsky District, Republic of Ka
    "portal-2025-11-13-30": [],
    # The United States announces new trade agreements with Argentina, Ecuador, El Salvador, and
    "portal-2025-11-13-41": [],
    # At least 101 people are killed and others are presumed trapped in a landslide at a gold mi
    "portal-2025-11-14-38": [],
    # In tennis, Jannik Sinner defeats his rival Carlos Alcaraz in the final, 7–6(7–4), 7–5, to 
    "portal-2025-11-16-41": [],
    # Frida Kahlo's 1940 self-portrait El sueño (La cama) sells for US$54.66 million at Sotheby'
    "portal-2025-11-20-19": [],
    # Fátima Bosch of Mexico is crowned Miss Universe in Nonthaburi, Thailand, becoming the four
    "portal-2025-11-21-29": [],
    # The International Monetary Fund announces a staff-level agreement with Ukraine on a propos
    "portal-2025-11-26-26": [],
    # Bosnian defence minister Zukan Helez denies approval for Hungarian foreign minister Péter 
    "portal-2025-11-26-45": [],
    # The United Nations Department of Economic and Social Affairs estimates that Jakarta, Indon
    "portal-2025-11-27-40": [],
    # Australia adds Iran's Islamic Revolutionary Guard Corps to its list of terrorist organisat
    "portal-2025-11-27-46": [],
    # Russia orders Poland to close its consulate in Irkutsk in response to Poland's closure of 
    "portal-2025-11-27-50": [
        ev("railway explosion", sub="ied", a1="Unidentified Armed Group (Poland)", a2=None,
           loc=L("Poland", "PL", None, 4), date="2025-11", bg=True)],
    # China permits Spain to resume pork exports from regions unaffected by African swine fever 
    "portal-2025-12-01-50": [],
    # India's Ministry of Communications orders smartphone manufacturers to pre-install Sanchar 
    "portal-2025-12-01-85": [],
    # In futsal, Brazil wins the inaugural FIFA Futsal Women's World Cup after defeating Portuga
    "portal-2025-12-07-42": [],
    # In auto racing, McLaren's Lando Norris wins his first Formula One World Drivers' Champions
    "portal-2025-12-07-44": [],
    # Iceland announces that it will join Ireland, the Netherlands, Spain, and Slovenia in boyco
    "portal-2025-12-10-27": [],
    # Brazil and China begin constructing a joint laboratory for radio astronomic technology wit
    "portal-2025-12-10-71": [],
    # The U.S. National Oceanic and Atmospheric Administration records the Arctic's warmest year
    "portal-2025-12-16-23": [],
    # German engineer Michaela Benthaus becomes the first person in a wheelchair and the first w
    "portal-2025-12-20-31": [],
    # A Dassault Falcon 50 jet carrying Mohammed Ali Ahmed al-Haddad, the Libyan Army chief, fou
    "portal-2025-12-23-31": [],
    # Niger imposes an indefinite ban on issuing visas to and admitting United States citizens t
    "portal-2025-12-25-29": [],
    # South Korea records its highest annual export value of more than US$700 billion in 2025 af
    "portal-2026-01-01-24": [],
    # In professional darts, English player Luke Littler wins a second PDC World Darts Champions
    "portal-2026-01-03-45": [],
    # Spanish prime minister Pedro Sánchez issues a decree that tightens rent regulations by lim
    "portal-2026-01-12-24": [],
    # Somalia's Council of Ministers terminates all agreements between the Federal Government of
    "portal-2026-01-12-40": [],
    # At least 19 people are killed, four are seriously injured and over 30 others are missing f
    "portal-2026-01-13-30": [],
    # The Philippines and the United Arab Emirates sign a free trade agreement.
    "portal-2026-01-13-35": [],
    # Italian fashion designer Valentino, founder of his eponymous fashion house, dies at the ag
    "portal-2026-01-19-27": [],
    # Much of the city of Penco is destroyed as wildfires continue to spread across Chile with t
    "portal-2026-01-19-37": [],
    # Kiribati and New Zealand sign a partnership agreement on economic opportunity, foreign pol
    "portal-2026-01-19-55": [],
    # The Journal of the American Medical Association reports that colorectal cancer is the lead
    "portal-2026-01-22-41": [],
    # The United States's withdrawal from the World Health Organization (WHO) takes effect, beco
    "portal-2026-01-22-53": [],
    # Indonesian search and rescue teams discover the remaining bodies from the January 17 crash
    "portal-2026-01-23-20": [],
    # A massive fire destroys dozens of buildings, including schools and houses, in Katingan Reg
    "portal-2026-01-26-36": [],
    # The Hague district court orders the Dutch government to create a legally binding plan to p
    "portal-2026-01-28-36": [],
    # At the 2026 Grammy Awards, Kendrick Lamar wins five awards and surpasses Jay-Z as the most
    "portal-2026-02-01-25": [],
    # Fifteen people are killed and eight others are injured when two adjoining five-story resid
    "portal-2026-02-08-29": [],
    # Cuban foreign minister Bruno Rodríguez Parrilla condemns the ongoing U.S. blockade as "cru
    "portal-2026-02-09-30": [],
    # A tram derails in Sarajevo, Bosnia and Herzegovina, killing one person and injuring four.
    "portal-2026-02-12-19": [],
    # The Centre for Research on Energy and Clean Air reports that China's carbon dioxide emissi
    "portal-2026-02-12-26": [],
    # Six people are killed, including a five-year-old, and three others are injured when a boat
    "portal-2026-02-21-43": [],
    # Indonesia announces that it will prohibit social media access for users under the age of 1
    "portal-2026-03-06-73": [],
    # Sudan's health ministry announces that the country will launch a hepatitis B vaccine campa
    "portal-2026-03-07-43": [],
    # Russia wins their first Winter Paralympics medal since 2014 after Varvara Voronchikhina an
    "portal-2026-03-07-68": [],
    # Iranian sports minister Ahmad Donyamali states that Iran will not participate in the 2026 
    "portal-2026-03-11-66": [],
    # Chilean architect Smiljan Radić receives the 2026 Pritzker Architecture Prize, recognizing
    "portal-2026-03-12-37": [],
    # Thailand summons Iran's ambassador, demanding an apology and an explanation for the attack
    "portal-2026-03-12-65": [
        ev("attack", sub="attack", a1="Military Forces of Iran", a2="Civilians (Thailand)",
           loc=L("Strait of Hormuz", "IR", None, 2), date="P-1")],
    # United States federal judge Brian E. Murphy blocks the implementation of changes to vaccin
    "portal-2026-03-16-66": [],
    # The European Union imposes sanctions against 16 Iranian individuals and three entities for
    "portal-2026-03-16-73": [],
    # In a joint statement after talks hosted by the United States, DR Congo and Rwanda say they
    "portal-2026-03-19-45": [
        ev("agreed to a series of coordinated steps", sub="agree",
           a1="Government of the Democratic Republic of the Congo", a2="Government of Rwanda",
           loc=L("United States", "US", None, 4))],
    # Cuba reports a nationwide power outage following a total electrical grid collapse, the thi
    "portal-2026-03-21-37": [],
    # At least one person is killed and several others are injured in an explosion in Kwara Stat
    "portal-2026-03-23-36": [],
    # Norway's Storting passes a bill temporarily cutting petrol and diesel taxes in response to
    "portal-2026-03-26-42": [],
    # Mauritius and South Sudan announce measures restricting electricity consumption due to the
    "portal-2026-03-26-43": [],
    # At least 14 people are killed and 27 others are injured when a private bus collides head-o
    "portal-2026-03-26-47": [],
    # The International Olympic Committee announces that participation in women's events will be
    "portal-2026-03-26-93": [],
    # The Dow Jones Industrial Average surges over 1,000 points and the Nasdaq increases to 3.4%
    "portal-2026-03-31-40": [],
    # Stocks in the U.S. also rise following reports that president Donald Trump has told aides 
    "portal-2026-03-31-41": [],
    # NASA's Artemis II spacecraft carrying four astronauts breaks the record for furthest dista
    "portal-2026-04-06-98": [],
    # Cuban president and First Secretary of the Communist Party Miguel Díaz-Canel warns the Uni
    "portal-2026-04-07-78": [],
    # Oil prices plunge below US$95 and the Dow Jones Industrial Average surges past 1,000 after
    "portal-2026-04-08-61": [],
    # The parliament of South Korea approves a supplementary budget worth ₩26.2 trillion (US$17.
    "portal-2026-04-10-39": [],
    # Kremlin press secretary Dmitry Peskov states that Russia is prepared to receive Iran's enr
    "portal-2026-04-13-60": [],
    # Eight people are killed, including two children, and three others are injured in two separ
    "portal-2026-04-19-38": [],
    # Italian soldiers install a new statue of Jesus  in the Christian village of Debel, souther
    "portal-2026-04-23-29": [
        ev("destroyed", sub="loot", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("Debel", "LB", "Nabatieh", 1), date=None, bg=True)],
    # At least 16 people, including 6 children and 7 women, are killed, and around 25 others are
    "portal-2026-04-29-46": [],
    # Seven people are killed and four others are injured after a wall collapses at a hospital i
    "portal-2026-04-29-47": [],
    # Eleven people are killed after a passenger bus carrying medical staff and patients collide
    "portal-2026-05-01-40": [],
    # Nine people are killed, including two children, when a cruise boat capsizes in the Bargi D
    "portal-2026-05-01-42": [],
    # Sherritt International suspends its mining operations in Cuba and withdraws expatriate sta
    "portal-2026-05-07-32": [],
    # At least five people are killed and more than 12 others are injured in a large fire at a s
    "portal-2026-05-07-41": [],
    # Two children are reported to have died from tuberculosis at displacement camps in Tawila, 
    "portal-2026-05-07-46": [],
    # Korean Air announces plans to launch an integrated flag carrier for South Korea on 17 Dece
    "portal-2026-05-13-35": [],
    # Chinese leader Xi Jinping and U.S. president Donald Trump, along with business leaders fro
    "portal-2026-05-14-50": [],
    # Thirty-six countries and the European Union join the Special Tribunal for the Crime of Agg
    "portal-2026-05-15-60": [],
    # At least 13 people are killed and more than 20 others are injured, most seriously, when a 
    "portal-2026-05-18-40": [],
    # The U.S. Centers for Disease Control and Prevention announces that it is suspending entry 
    "portal-2026-05-18-47": [],
    # At least 10,000 homes are evacuated amid spreading wildfires in Santa Rosa Island and Simi
    "portal-2026-05-19-43": [],
    # Taiwan reports its first case of the transmissible mpox clade Ib variant in a man in his 2
    "portal-2026-05-19-55": [],
    # Greenlanders gather to protest the opening of the new U.S. consulate in Nuuk in opposition
    "portal-2026-05-21-46": [
        ev("gather to protest", sub="peaceful", a1="Protesters (Greenland)", a2=None,
           loc=L("Nuuk", "GL", "Sermersooq", 1))],
    # In association football, Lech Poznań end their season with a second consecutive and 10th-e
    "portal-2026-05-23-94": [],
    # Sixteen students are killed and 79 others injured in a fire in a dormitory at a girls scho
    "portal-2026-05-28-40": [],
    # Mexican airlines Aeroméxico, Viva, and Volaris restrict travel to Mexico for passengers wh
    "portal-2026-05-29-32": [],
    # The MV Hondius cruise ship, which was at center of hantavirus infections including the And
    "portal-2026-05-30-47": [],
    # In basketball, the San Antonio Spurs defeat the defending champions, the Oklahoma City Thu
    "portal-2026-05-30-73": [],
    # Tehran's Imam Khomeini International Airport resumes operations after suspending incoming 
    "portal-2026-06-08-35": [],
    # Seven hikers are killed in separate avalanches in the last 24 hours on Mont Blanc in the A
    "portal-2026-06-13-18": [],
    # Scientists confirm that Major Oak, a 1,000-year-old oak tree in Sherwood Forest, Nottingha
    "portal-2026-06-18-60": [],
    # In association football, co-hosts Canada win their first-ever FIFA World Cup match after d
    "portal-2026-06-18-75": [],
    # Six people are killed and 29 people are injured as a bus crashes into a parked truck in Ja
    "portal-2026-06-21-37": [],
    # The last American passenger exits the National Quarantine Unit at the University of Nebras
    "portal-2026-06-21-42": [],
    # France confirms its first Ebola case, and the first case identified outside Africa in this
    "portal-2026-06-24-47": [],
    # Over 10,000 people gather at the Budapest Pride in Hungary, the first pride march in the c
    "portal-2026-06-27-44": [
        ev("gather", sub="peaceful", a1="Protesters (Hungary)", a2=None,
           loc=L("Budapest", "HU", "Budapest", 1))],
    # Three firefighters are killed and two others are injured when the Snyder Fire grows in siz
    "portal-2026-06-27-52": [],
    # Nine children are killed when a motorized tricycle plunges into a canal in Abu Tig, Asyut 
    "portal-2026-06-30-45": [],
    # Hungary and Slovakia set national temperature records during a central European heat wave,
    "portal-2026-06-30-51": [],
    # Qatar resumes all maritime activities, reversing a June 29 advisory suspending sailing and
    "portal-2026-07-05-28": [
        ev("death of a Qatari national from shrapnel", sub="shell", a1=None,
           a2="Civilians (Qatar)", loc=L("Qatar", "QA", None, 4), date=None, fat=1, bg=True)],
    # A complaint is filed in a Dhaka court against former interim Chief Adviser Muhammad Yunus,
    "portal-2026-07-05-41": [],
    # The Puntland government issues a statement claiming exclusive control over its marine reso
    "portal-2026-07-05-52": [],
    # Norway advances to the quarterfinals of a FIFA World Cup for the first time after defeatin
    "portal-2026-07-05-65": [],
    # A fire breaks out at a pub in Chatuchak, Bangkok, Thailand, killing 27 people and wounding
    "portal-2026-07-13-53": [],
    # The Directorate General of Health Services reports that seven more children have died from
    "portal-2026-07-14-52": [],
    # The Washington Post links the iceberg lettuce produced by Taylor Farms and supplied to Ame
    "portal-2026-07-16-44": [],
    # The Michigan Department of Health and Human Services reports that the amount of hospitaliz
    "portal-2026-07-16-46": [],
    # A Mw 7.3 earthquake strikes near the coast of Chiapas, Mexico. Tsunami warnings are issued
    "portal-2026-07-17-55": [],
    # A large fire breaks out among terraced houses in Krokstadelva, Drammen, Norway, spreading 
    "portal-2026-07-17-59": [],
    # The death tolls from the measles outbreak in Bangladesh reaches 780 after one child is rep
    "portal-2026-07-17-70": [],
    # Oil prices, including Brent Crude and West Texas Intermediate, increase to over US$101 per
    "portal-2026-07-23-35": [],
    # The United States imposes tariffs of 10% to 12.5% on imports from 60 trading partners, cit
    "portal-2026-07-23-39": [],
    # The International Mathematical Union awards the 2026 Fields Medals to Yu Deng, John Pardon
    "portal-2026-07-23-65": [],
    # The Arba'in Shia Islam pilgrimage in Iraq is held amidst the Iran war, with Iranian pilgri
    "portal-2026-08-01-50": [],
    # Protesters block parts of the main highway connecting Port Sudan and Khartoum in Suakin an
    "portal-2026-08-01-67": [
        ev("Protesters block", sub="peaceful", a1="Protesters (Sudan)", a2=None,
           loc=L("Suakin", "SD", "Red Sea", 1)),
        ev("Protesters block", sub="peaceful", a1="Protesters (Sudan)", a2=None,
           loc=L("Jubayt", "SD", "Red Sea", 1))],
    # Moroccan security forces clash with hundreds of migrants as they attempt to storm the Span
    "portal-2026-08-01-73": [
        ev("clash with", sub="mob", a1="Rioters (Morocco)", a2="Police Forces of Morocco",
           loc=L("Melilla", "ES", "Melilla", 2))],
    # UEFA gives FIFA president Gianni Infantino an ultimatum to resign or face an emergency no-
    "portal-2026-08-01-86": [],
    # Brazil's National Institute for Space Research reports that deforestation of the Amazon ra
    "portal-2026-08-07-38": [],
    # Spain imposes temporary border checks on travelers from Italy after Italy introduced simil
    "portal-2026-08-08-40": [],
    # Palestinian Football Association president Jibril Rajoub announces that all football and s
    "portal-2026-08-11-65": [],
    # In the United States, Hawaii governor Josh Green declares a state of emergency ahead of Tr
    "portal-2026-08-13-32": [],
    # Seven people are killed after an under-construction tunnel collapsed in Chamoli District, 
    "portal-2026-08-13-38": [],
    # Five people are reported missing and eight others are injured after a fire at a restaurant
    "portal-2026-08-20-40": [],
    # In American football, the National Football League fines the Dallas Cowboys and the New Or
    "portal-2026-08-20-69": [],
    # American fantasy film The Odyssey reaches US$1.35 billion at the worldwide box office to b
    "portal-2026-08-21-27": [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "batch-O4.jsonl"), os.path.join(HERE, "coded-O4.jsonl"),
        require_all="--final" in sys.argv)
