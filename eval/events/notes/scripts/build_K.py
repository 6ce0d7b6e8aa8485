#!/usr/bin/env python3
"""Annotator K, round "articles": whole news articles with their event coding.
Writes ../notes-K.jsonl and texts-K.jsonl (first 10 articles, no events).
An event's evidence is given as (trigger phrase, 1-based occurrence); byte offsets are computed and checked here.
Dates: 'YYYY-MM-DD', 'YYYY-MM', None, or 'rel:<Weekday>' (latest such weekday on/before published), 'rel:-N' (N days before)."""
import json, re, sys, atexit, datetime, collections
import os
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

OUT = os.path.join(HERE, 'notes-K.jsonl')
TEXTS = os.path.join(HERE, 'texts-K.jsonl')

ST = {
 'AC': ('Battles', 'Armed clash', 'ASSAULT'),
 'GRT': ('Battles', 'Government regains territory', 'ASSAULT'),
 'NSO': ('Battles', 'Non-state actor overtakes territory', 'ASSAULT'),
 'CW': ('Explosions/Remote violence', 'Chemical weapon', 'ASSAULT'),
 'AIR': ('Explosions/Remote violence', 'Air/drone strike', 'ASSAULT'),
 'SB': ('Explosions/Remote violence', 'Suicide bomb', 'ASSAULT'),
 'SH': ('Explosions/Remote violence', 'Shelling/artillery/missile attack', 'ASSAULT'),
 'IED': ('Explosions/Remote violence', 'Remote explosive/landmine/IED', 'ASSAULT'),
 'GR': ('Explosions/Remote violence', 'Grenade', 'ASSAULT'),
 'SV': ('Violence against civilians', 'Sexual violence', 'ASSAULT'),
 'ATK': ('Violence against civilians', 'Attack', 'ASSAULT'),
 'ABD': ('Violence against civilians', 'Abduction/forced disappearance', 'ASSAULT'),
 'PP': ('Protests', 'Peaceful protest', 'PROTEST'),
 'PWI': ('Protests', 'Protest with intervention', 'PROTEST'),
 'EXF': ('Protests', 'Excessive force against protesters', 'ASSAULT'),
 'VD': ('Riots', 'Violent demonstration', 'PROTEST'),
 'MOB': ('Riots', 'Mob violence', 'ASSAULT'),
 'AGR': ('Strategic developments', 'Agreement', 'AGREE'),
 'ARR': ('Strategic developments', 'Arrests', 'COERCE'),
 'CHG': ('Strategic developments', 'Change to group/activity', 'MOBILIZE'),
 'DWU': ('Strategic developments', 'Disrupted weapons use', 'COERCE'),
 'HQ': ('Strategic developments', 'Headquarters or base established', 'MOBILIZE'),
 'LOOT': ('Strategic developments', 'Looting/property destruction', 'COERCE'),
 'NVT': ('Strategic developments', 'Non-violent transfer of territory', 'RETREAT'),
 'OTH': ('Strategic developments', 'Other', 'CONSULT'),
}
PLOVER = {'AGREE','CONSULT','SUPPORT','CONCEDE','COOPERATE','AID','RETREAT','REQUEST','ACCUSE','REJECT',
          'THREATEN','PROTEST','SANCTION','MOBILIZE','COERCE','ASSAULT'}
MODAL = {'occurred','attempted','planned','foiled','threatened','claimed','denied','hypothetical'}
STYLES = {'wire', 'web', 'local'}
DAYS = ['monday','tuesday','wednesday','thursday','friday','saturday','sunday']

ARTS = []

def L(name, cc, admin1=None, prec=1):
    return {'name': name, 'country': cc, 'admin1': admin1, 'precision': prec}

def E(st, a1, a2, date, loc, fat, trig, occ=1, mod='occurred', bg=False, plover=None):
    return dict(st=st, a1=a1, a2=a2, date=date, loc=loc, fat=fat, trig=trig, occ=occ, mod=mod, bg=bg, plover=plover)

def A(style, published, text, *events):
    ARTS.append((style, published, text.strip('\n'), list(events)))

def resolve_date(d, pub):
    if d is None or not str(d).startswith('rel:'):
        return d
    p = datetime.date.fromisoformat(pub)
    r = d[4:]
    if r.lower() in DAYS:
        k = DAYS.index(r.lower())
        return (p - datetime.timedelta(days=(p.weekday() - k) % 7)).isoformat()
    return (p + datetime.timedelta(days=int(r))).isoformat()

def byte_span(text, trig, occ):
    i = -1
    for _ in range(occ):
        i = text.find(trig, i + 1)
        if i < 0:
            raise ValueError('trigger %r occurrence %d not found' % (trig, occ))
    s = len(text[:i].encode('utf-8'))
    return s, s + len(trig.encode('utf-8'))

def main():
    errs, warns, out = [], [], []
    cnt = collections.Counter(); styles = collections.Counter()
    nev = nbg = nonews = 0
    for n, (style, pub, text, evs) in enumerate(ARTS, 1):
        aid = 'article-K-%04d' % n
        if style not in STYLES: errs.append((aid, 'style', style))
        try: datetime.date.fromisoformat(pub)
        except Exception: errs.append((aid, 'published', pub))
        styles[style] += 1
        words = len(text.split())
        if not 250 <= words <= 900: warns.append((aid, 'words', words))
        rec = {'id': aid, 'source_file': 'annotator-written',
               'license': 'CC0-1.0 (written for tidings training by an annotator)',
               'style': style, 'published': pub, 'text': text, 'events': []}
        seen = set()
        for e in evs:
            if e['st'] not in ST: errs.append((aid, 'subtype', e['st'])); continue
            et, sub, pl = ST[e['st']]
            if e['plover']: pl = e['plover']
            if pl not in PLOVER: errs.append((aid, 'plover', pl))
            if e['mod'] not in MODAL: errs.append((aid, 'modality', e['mod']))
            date = resolve_date(e['date'], pub)
            if date is not None and not re.fullmatch(r'\d{4}-\d{2}(-\d{2})?', date): errs.append((aid, 'date', date))
            if date and e['mod'] not in ('planned', 'threatened', 'hypothetical') and date > pub:
                errs.append((aid, 'future date', date, pub))
            if date and e['bg'] is False and date < (datetime.date.fromisoformat(pub) - datetime.timedelta(days=10)).isoformat():
                warns.append((aid, 'old non-background', date))
            loc = e['loc']
            if loc is not None and (not re.fullmatch(r'[A-Z]{2}', loc['country']) or loc['precision'] not in (1, 2, 3, 4)):
                errs.append((aid, 'loc', loc))
            f = e['fat']
            if f is not None and (not isinstance(f, int) or f < 0): errs.append((aid, 'fat', f))
            try:
                s, t = byte_span(text, e['trig'], e['occ'])
            except ValueError as ex:
                errs.append((aid, str(ex))); continue
            first = text.split('\n')[0]
            if not re.search(r' - |\) - ', first) and s < len(first.encode('utf-8')):
                errs.append((aid, 'evidence in headline', e['trig']))
            if (s, t) in seen: errs.append((aid, 'duplicate evidence', e['trig']))
            seen.add((s, t))
            assert text.encode('utf-8')[s:t].decode('utf-8') == e['trig']
            rec['events'].append({'event_type': et, 'sub_event_type': sub, 'plover': pl, 'modality': e['mod'],
                'actor1': e['a1'], 'actor2': e['a2'], 'date': date, 'location': loc, 'fatalities': f,
                'background': bool(e['bg']), 'evidence': {'start': s, 'end': t, 'text': e['trig']}})
            cnt[sub] += 1; nev += 1; nbg += bool(e['bg'])
        if not any(not ev['background'] for ev in rec['events']): nonews += 1
        out.append(rec)
    for w in warns: print('WARN', w)
    for e in errs: print('ERROR', e)
    if errs: sys.exit(1)
    with open(OUT, 'w', encoding='utf-8') as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    if len(out) >= 10:
        with open(TEXTS, 'w', encoding='utf-8') as fh:
            for r in out[:10]:
                fh.write(json.dumps({'id': r['id'], 'published': r['published'], 'text': r['text']}, ensure_ascii=False) + '\n')
    print('articles %d, events %d (background %d), articles without news-of-the-day events %d' % (len(out), nev, nbg, nonews))
    print('styles', dict(styles)); print('subtypes', dict(cnt))

_FAILED = []
_hook = sys.excepthook
def _mark(*a):
    _FAILED.append(1); _hook(*a)
sys.excepthook = _mark
def _main_if_ok():
    if _FAILED:
        print('NOT WRITTEN: script failed'); return
    main()
atexit.register(_main_if_ok)

# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# Articles (annotator K)
# ---------------------------------------------------------------------------------------------

# 1 -- Greece: Grigoropoulos anniversary riot in Exarchia, peaceful march in Thessaloniki; 2008 killing background
A('web', '2025-12-07', """
Petrol bombs and tear gas in Exarchia as Athens marks 17 years since Grigoropoulos killing

By Eleni Markou | Hellenic Daily Online | 7 December 2025

Hooded youths hurled petrol bombs and stones at riot police in the Athens district of Exarchia late on Saturday, as the annual march marking the police killing of a teenager in 2008 ended once again in street battles.

The clashes began shortly after 9 p.m., when a group of about 150 people broke away from the march near the Polytechnic and set fire to rubbish bins on Stournari Street. Riot police responded with tear gas and stun grenades and chased groups of youths through the narrow streets around Exarchia Square until after midnight. Police said 21 people were detained and two officers were treated for burns. No one was seriously hurt, a spokesman for the Hellenic Police said on Sunday.

Earlier in the day several thousand students, teachers and trade unionists had marched peacefully through central Athens to parliament, laying flowers at the memorial plaque on Tzavella Street.

In Thessaloniki, about 2,000 people walked from the Arch of Galerius to the city's police headquarters on Saturday afternoon, chanting slogans against police violence. That march passed without incident.

On December 6, 2008, a police officer shot dead 15-year-old Alexandros Grigoropoulos in Exarchia after a verbal exchange with a group of teenagers. The killing set off weeks of rioting in cities across Greece, the worst unrest the country had seen in decades, and the anniversary has been marked by clashes almost every year since. The officer was later sentenced to life in prison, a term reduced on appeal in 2019.

"Every year we hear the same promises about the end of police impunity," said Nikos Vassilakis, a lawyer who represents families of people injured by police. "Every year we come back here."

Citizen Protection Minister Michalis Chrysochoidis praised the officers on duty and said the government would "not allow a few hundred troublemakers to hold the centre of Athens hostage". Residents of Exarchia swept broken glass from the streets on Sunday morning as municipal workers removed burned-out bins.
""",
 E('VD', 'Rioters (Greece)', 'Police Forces of Greece', '2025-12-06', L('Athens', 'GR', 'Attica'), 0, 'hurled petrol bombs and stones at riot police'),
 E('PP', 'Protesters (Greece)', None, '2025-12-06', L('Athens', 'GR', 'Attica'), None, 'marched peacefully through central Athens'),
 E('PP', 'Protesters (Greece)', None, '2025-12-06', L('Thessaloniki', 'GR', 'Central Macedonia'), None, 'about 2,000 people walked from the Arch of Galerius'),
 E('ATK', 'Police Forces of Greece', 'Civilians (Greece)', '2008-12-06', L('Athens', 'GR', 'Attica'), 1, 'a police officer shot dead 15-year-old Alexandros Grigoropoulos', bg=True),
)

# 2 -- France analysis/anniversary: no news event; many background incidents, statistics not coded
A('web', '2025-11-13', """
Ten years after the Bataclan: how the jihadist threat in France changed shape

By Claire Dumont | Europe Affairs Review | 13 November 2025

Analysis

Ten years ago tonight, Paris lived through the deadliest attack on French soil since the Second World War. The wreaths laid by President Emmanuel Macron on Thursday morning outside the Bataclan concert hall, the Stade de France and the café terraces of the 10th and 11th arrondissements mark a decade in which the threat has not disappeared, but has changed almost beyond recognition.

On November 13, 2015, three suicide bombers blew themselves up outside the Stade de France in Saint-Denis during a football match between France and Germany, killing one passer-by. Minutes later, gunmen opened fire on café and restaurant terraces in eastern Paris, killing 39 people, before three attackers stormed the Bataclan, where 90 people died. The Islamic State group claimed responsibility the following day.

The same network struck again four months later. On March 22, 2016, two suicide bombers blew themselves up in the departure hall of Zaventem airport outside Brussels, killing 16 people, and an hour later a third detonated his explosives on a train at Maelbeek metro station, killing 16 more.

Then came the lone attackers. On July 14, 2016, a man drove a 19-tonne truck into crowds celebrating Bastille Day on the Promenade des Anglais in Nice, killing 86 people. Since then, most of the attacks in France have been carried out by individuals with knives or vehicles, often with no direct contact with any organisation.

According to the interior ministry, more than 270 people have been killed in terrorist attacks in France since 2012, and the security services say they have foiled 53 plots since 2015, including six this year. Officials now worry most about teenagers radicalised online: a third of the suspects arrested in 2025 were under 20.

"The large commando attack of 2015 is harder to organise today," said Hugo Micheron, a researcher who studies jihadism. "But the threat is more diffuse, younger and harder to detect."

At the memorial ceremony on Thursday, survivors read the names of the 130 dead. Some said they still cannot enter a concert hall. Others, like Arthur Dénouveaux, who was inside the Bataclan, said the anniversary was also about resilience. "They wanted to kill a way of life," he said. "Ten years later, Paris is still out on its terraces."
""",
 E('SB', 'Islamic State', 'Civilians (France)', '2015-11-13', L('Saint-Denis', 'FR', 'Ile-de-France'), 1, 'three suicide bombers blew themselves up', bg=True),
 E('ATK', 'Islamic State', 'Civilians (France)', '2015-11-13', L('Paris', 'FR', 'Ile-de-France'), 39, 'gunmen opened fire on café and restaurant terraces', bg=True),
 E('ATK', 'Islamic State', 'Civilians (France)', '2015-11-13', L('Paris', 'FR', 'Ile-de-France'), 90, 'three attackers stormed the Bataclan', bg=True),
 E('SB', 'Islamic State', 'Civilians (Belgium)', '2016-03-22', L('Zaventem', 'BE', 'Flanders'), 16, 'two suicide bombers blew themselves up', bg=True),
 E('SB', 'Islamic State', 'Civilians (Belgium)', '2016-03-22', L('Brussels', 'BE', 'Brussels-Capital'), 16, 'a third detonated his explosives', bg=True),
 E('ATK', 'Unidentified Armed Group (France)', 'Civilians (France)', '2016-07-14', L('Nice', 'FR', "Provence-Alpes-Cote d'Azur"), 86, 'a man drove a 19-tonne truck into crowds', bg=True),
)

# 3 -- near miss: weather story full of violent words, no event
A('local', '2025-01-28', """
'BOMB CYCLONE' TO SLAM MAINE COAST; UTILITIES BRACE FOR OUTAGES

By Dana Whitcomb, Portland Press Courier Staff Writer

PORTLAND, Maine — Forecasters warned Monday that an explosively strengthening storm will batter the Maine coast from Wednesday night into Thursday, firing hurricane-force gusts at exposed islands and hammering the Midcoast with up to 20 inches of wet snow.

The National Weather Service office in Gray said the storm is expected to undergo "bombogenesis," the rapid drop in pressure that gives a so-called bomb cyclone its name, as it races up from the Carolinas. Gusts of 60 to 70 mph are likely from Cape Elizabeth to Eastport, and coastal flooding could strike low-lying streets in Portland, Rockland and Bar Harbor at the Thursday morning high tide.

"This is the kind of storm that takes out trees and power lines by the thousands," meteorologist Sarah Jolicoeur said. "People should plan on being without power for a day or more."

Central Maine Power said it had brought in more than 400 line crews from as far away as Ohio and Quebec, and Versant Power said its own crews were on standby in Bangor. Both utilities urged customers never to approach downed lines.

Gov. Janet Mills declared a state of emergency for coastal counties on Monday afternoon, allowing the state to deploy National Guard high-water vehicles if needed. Portland officials banned parking on the peninsula from 8 p.m. Wednesday and said plows would attack the downtown grid in shifts through the night.

Fishermen in Stonington were hauling boats and lashing down gear on Monday. "We got killed in the January storm two years ago," lobsterman Pete Haskell said, recalling wharves that were torn apart and traps that were scattered for miles. "Nobody down here is taking chances this time."

Schools in Portland, South Portland and Brunswick said they expected to announce closures by Wednesday evening. The Maine Turnpike Authority said it would lower the speed limit to 45 mph for the duration of the storm.

The weather service said conditions should improve by Friday afternoon, but that bitterly cold air will follow, with wind chills as low as 25 below zero in the mountains over the weekend.
""")

# 4 -- US: Los Angeles immigration-raid protests, two days, two places; 1992 riots year-only (not coded)
A('web', '2025-06-09', """
Waymos torched, 101 Freeway blocked as LA immigration protests spread for third day

By Marisol Ortega | West Coast Ledger | June 9, 2025

Protesters angry about federal immigration raids shut down the 101 Freeway in downtown Los Angeles on Sunday evening and hurled rocks and chunks of concrete at California Highway Patrol cruisers parked below an overpass, as demonstrations against the raids spread for a third straight day.

Officers in riot gear cleared the freeway shortly after 8 p.m., firing less-lethal rounds and flash-bang grenades as they pushed the crowd back up the on-ramps. Several CHP vehicles had their windows smashed. A few blocks away, on Los Angeles Street, a crowd set fire to at least four Waymo self-driving cars that had been called to the area, sending thick black smoke over the Civic Center. Police said no one was killed but that several officers and protesters suffered minor injuries.

The Los Angeles Police Department declared an unlawful assembly across downtown at about 7:30 p.m. and said 39 people were arrested on Sunday.

The unrest began on Friday after Immigration and Customs Enforcement agents carried out raids at several workplaces, including a clothing wholesaler in the Fashion District. On Saturday, federal agents fired pepper balls and flash-bang grenades at protesters who gathered outside a Home Depot in Paramount, in southeast Los Angeles County, where residents believed agents were staging for another raid. Deputies from the Los Angeles County Sheriff's Department later pushed that crowd back along Alondra Boulevard.

President Donald Trump ordered 2,000 National Guard troops to the city on Saturday night, over the objections of Gov. Gavin Newsom, who called the deployment "purposefully inflammatory". Some guardsmen were stationed outside the federal building on Sunday.

Mayor Karen Bass said on Monday that the great majority of protesters had been peaceful and urged people to stay away from downtown. "Violence and destruction are not going to be tolerated," she said, adding that the people who set the cars on fire would be found.

Older residents drew comparisons with the 1992 riots, when parts of the city burned for days, but community organizers said the crowds this weekend were far smaller and largely confined to a few downtown blocks.

More demonstrations were called for Monday outside City Hall and in Santa Ana.
""",
 E('VD', 'Rioters (United States)', 'Police Forces of the United States', '2025-06-08', L('Los Angeles', 'US', 'California'), 0, 'hurled rocks and chunks of concrete at California Highway Patrol cruisers'),
 E('PWI', 'Protesters (United States)', 'Police Forces of the United States', '2025-06-07', L('Paramount', 'US', 'California'), None, 'federal agents fired pepper balls and flash-bang grenades at protesters'),
)

# 5 -- Mexico: campaign violence roundup with one news event, background killings, running totals not coded
A('web', '2024-05-30', """
Candidate and five others killed in Chiapas ambush as Mexico's campaign ends in blood

By Andrés Villaseñor | Noticias del Sur English Edition | May 30, 2024

A council candidate and five members of her campaign team were shot dead on Wednesday when gunmen ambushed their caravan on a rural road in La Concordia, in the southern state of Chiapas, state prosecutors said, three days before Mexico votes in the largest elections in its history.

The candidate, Lucía Hernández Roblero of a local coalition, was travelling with supporters between two villages when attackers opened fire from a pickup truck and a nearby hillside, the Chiapas attorney general's office said. Six people were killed, among them a 14-year-old girl, and at least two others were wounded. Soldiers of the National Guard were searching the area on Thursday. No group has claimed responsibility.

La Concordia lies in a region where the Sinaloa Cartel and the Jalisco New Generation Cartel (CJNG) have been fighting for control of smuggling routes from Guatemala. Residents told reporters that armed men had set up roadblocks on the highway to Frontera Comalapa in recent weeks.

The attack adds to one of the most violent campaigns in Mexico's recent history. On April 1, Bertha Gisela Gaytán, a Morena candidate for mayor of Celaya, in Guanajuato, was shot dead minutes after she opened her campaign with a walk through the San Miguel Octopan neighbourhood. On May 19, gunmen killed José Alfredo Cabrera, a mayoral candidate in Coyuca de Benítez, Guerrero, as he addressed supporters at a closing rally.

The research group Data Cívica has counted 37 candidates or would-be candidates killed since the campaign formally opened in September, and hundreds more have withdrawn from races after receiving threats. "In many municipalities it is the cartels who decide who runs," said analyst Rubén Salazar.

President Andrés Manuel López Obrador said the violence was concentrated in a few regions and that the election would go ahead normally. The National Electoral Institute said it had asked the army to guard polling stations in 18 of Chiapas's 124 municipalities on Sunday.

Front-runner Claudia Sheinbaum condemned the killings on Thursday and promised to "address the causes" of cartel violence if elected. Her main rival, Xóchitl Gálvez, accused the government of leaving candidates unprotected.
""",
 E('ATK', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', '2024-05-29', L('La Concordia', 'MX', 'Chiapas'), 6, 'were shot dead on Wednesday when gunmen ambushed their caravan'),
 E('ATK', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', '2024-04-01', L('Celaya', 'MX', 'Guanajuato'), 1, 'was shot dead minutes after she opened her campaign', bg=True),
 E('ATK', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', '2024-05-19', L('Coyuca de Benitez', 'MX', 'Guerrero'), 1, 'gunmen killed José Alfredo Cabrera', bg=True),
)

# 6 -- near miss: counter-terror drill in Rotterdam, no event
A('local', '2025-04-15', """
Explosions and 'casualties' at Rotterdam port as emergency services stage largest terror drill in years

By Pieter van Dam | Rijnmond Courant (English service) | 15 April 2025

Residents of the Waalhaven district were woken by loud bangs and the sound of helicopters early on Tuesday morning, but there was no cause for alarm: police, firefighters and the Dutch military were staging the largest counter-terrorism exercise held in the port of Rotterdam in more than a decade.

The scenario, prepared for months by the security region Rotterdam-Rijnmond, imagined a group of armed attackers seizing a ferry terminal, taking dozens of passengers hostage and setting off a bomb in a car park. About 600 people took part, including 150 volunteers who played wounded passengers with make-up and fake blood. Special intervention units of the police stormed the terminal shortly after 7 a.m. while Marine Corps divers searched the quay walls for "explosives".

"We want to see where the weaknesses are before a real attacker finds them for us," said Mayor Carola Schouten, who watched part of the drill from a command vehicle. "Every minute we save in the first hour can save lives."

The exercise was announced on social media and by letter to about 4,000 households, but the municipality's telephone line still received more than 80 calls from worried residents, a spokeswoman said. Several people posted videos of smoke rising over the quays, which circulated with false claims that the port had been attacked.

The Dutch threat level has stood at four on a five-point scale since December 2023. The National Coordinator for Security and Counterterrorism (NCTV) said in its most recent assessment that the main danger comes from lone individuals, often young, who are radicalised online, and that ports and transport hubs remain attractive targets.

The exercise also tested cooperation with the port authority and shipping companies. Ferry operator Stena Line lent a vessel for the day, and its crew practised evacuating passengers under the direction of police.

An evaluation will be presented to the city council in June. Officials said the first lessons concerned radio communication between the different services, which broke down briefly during the "hostage rescue". Traffic on the A15 motorway was diverted for several hours and normal operations in the port resumed in the afternoon.
""")

# 7 -- Iraq: Nasiriyah water protest, live fire (EXF), Basra peaceful; 2019 massacre background; statistic
A('web', '2025-07-23', """
Protester killed as security forces fire on Nasiriyah water protest

By Zainab al-Khafaji | Mesopotamia Monitor | July 23, 2025

Security forces opened fire on demonstrators protesting against water and power shortages in the southern Iraqi city of Nasiriyah on Tuesday, killing one young man and wounding at least nine others, medical and security sources said.

Hundreds of people had gathered outside the Dhi Qar provincial council building in the early afternoon, in temperatures approaching 50 degrees Celsius, to demand that the authorities restore the city's water supply, which has been cut for most of the past two weeks as the Euphrates falls to record lows. Some protesters burned tyres and threw water bottles at the gates. Witnesses said members of the riot police then fired live rounds over the crowd and, when it did not disperse, into it.

"They shot at us because we asked for water," said Ali Kadhim, 24, whose cousin was wounded in the leg. A doctor at Nasiriyah's main hospital confirmed one death, a 19-year-old who was hit in the neck.

The Dhi Qar police command said in a statement that "infiltrators" had attacked officers and that an investigation had been opened. Prime Minister Mohammed Shia al-Sudani ordered the commander of the riot police unit in the province suspended.

In Basra, several hundred people blocked the road to the Umm Qasr port for several hours on Tuesday, also protesting about power cuts. That protest ended peacefully after the provincial governor met some of the organisers.

Nasiriyah has a painful history with such confrontations. On November 28, 2019, security forces killed at least 25 protesters on the Zaitoun bridge and around the city's Habboubi Square, in one of the bloodiest days of the Tishreen protest movement. The commander held responsible for that crackdown was sentenced to death in absentia in 2023.

Rights groups say more than 600 people were killed during the Tishreen movement across Iraq in 2019 and 2020, and that few of those responsible have faced justice. The Iraqi Observatory for Human Rights called on Wednesday for the officers who fired in Nasiriyah to be identified and tried.

Iraq's water ministry warned this month that reserves were at their lowest level in 80 years and that summer rationing would continue.
""",
 E('EXF', 'Police Forces of Iraq', 'Protesters (Iraq)', '2025-07-22', L('Nasiriyah', 'IQ', 'Dhi Qar'), 1, 'Security forces opened fire on demonstrators'),
 E('PP', 'Protesters (Iraq)', None, '2025-07-22', L('Umm Qasr', 'IQ', 'Basra', 2), None, 'blocked the road to the Umm Qasr port'),
 E('EXF', 'Military Forces of Iraq', 'Protesters (Iraq)', '2019-11-28', L('Nasiriyah', 'IQ', 'Dhi Qar'), 25, 'security forces killed at least 25 protesters', bg=True),
)

# 8 -- UK: Southport anniversary; no news event; background stabbing and riots on two days in two towns
A('web', '2025-07-29', """
Southport remembers three girls a year after dance-class attack

By Helen Carr | North West Evening News | 29 July 2025

Hundreds of people gathered in silence on Southport's Lord Street on Tuesday morning, one year after a knife attack at a children's dance class left three young girls dead and shocked the whole country.

Church bells rang at 11.47am, the time the first emergency call was made, and pink ribbons were tied to railings along the seafront. The families of Bebe King, six, Elsie Dot Stancombe, seven, and Alice da Silva Aguiar, nine, asked for privacy and did not attend the public ceremony.

On July 29, 2024, a 17-year-old armed with a kitchen knife attacked children at a Taylor Swift-themed holiday club in a community building on Hart Street, killing the three girls and injuring ten other people, eight of them children. He was sentenced in January to a minimum of 52 years in prison.

The next evening, as false rumours about the attacker's identity spread online, a crowd attacked the Southport mosque on St Luke's Road, throwing bricks and bottles at police officers who were protecting it and setting fire to a police van. More than 50 officers were injured. On July 31, rioters in Hartlepool attacked police and set cars alight in the Murray Street area. The disorder went on to spread to more than two dozen towns and cities over the following week.

Merseyside Police said this month that 1,100 people had been arrested nationally in connection with the riots and more than 700 charged. Several of those involved in the attack on the mosque have since been jailed.

"The town has been through something no town should go through," said the Bishop of Liverpool, John Perumbalath, who led prayers on Tuesday. "But what we have seen this year is a community that has refused to be divided."

A public inquiry into the attack, announced by the Home Secretary in January, is expected to begin hearing evidence in the autumn. Local MP Patrick Hurley said the inquiry must examine why the attacker had been referred to the government's Prevent programme three times without action being taken.

Flowers and handwritten cards piled up outside the Hart Street building throughout the day. A permanent memorial garden is due to open next year.
""",
 E('ATK', 'Unidentified Armed Group (United Kingdom)', 'Civilians (United Kingdom)', '2024-07-29', L('Southport', 'GB', 'England'), 3, 'attacked children at a Taylor Swift-themed holiday club', bg=True),
 E('VD', 'Rioters (United Kingdom)', 'Police Forces of the United Kingdom', '2024-07-30', L('Southport', 'GB', 'England'), None, 'a crowd attacked the Southport mosque', bg=True),
 E('VD', 'Rioters (United Kingdom)', 'Police Forces of the United Kingdom', '2024-07-31', L('Hartlepool', 'GB', 'England'), None, 'rioters in Hartlepool attacked police', bg=True),
)

# 9 -- Serbia: students attacked with bats in Kraljevo, Belgrade peaceful march; arrests
A('web', '2025-05-20', """
Masked men attack students with bats at Kraljevo blockade; thousands march in Belgrade

By Jelena Stanković | Balkan Insight Daily | 20 May 2025

A group of masked men armed with baseball bats and iron bars attacked students who were blocking a road in the central Serbian city of Kraljevo on Monday evening, injuring at least six people, one of them seriously, students and local media said.

The students had been holding a traffic blockade at the Ibar bridge for about an hour, part of the nationwide protest movement that began after the collapse of a railway station canopy in Novi Sad last November, when about ten men in black balaclavas got out of two cars and began beating them. Video shared on social media showed a young woman being kicked as she lay on the ground. A 21-year-old man was taken to hospital with a fractured skull.

Police arrived about fifteen minutes later, after the attackers had left. The Interior Ministry said on Tuesday that three men had been detained in connection with the attack and that one of them had a criminal record for football hooliganism. Students said the men belonged to a group of government supporters who had been harassing protesters in the town for weeks, a claim the ruling Serbian Progressive Party rejected.

In Belgrade, tens of thousands of people marched from the Faculty of Law to the state broadcaster RTS on Monday night, blowing whistles and carrying banners reading "Justice for Novi Sad". The march ended peacefully shortly before midnight.

President Aleksandar Vučić condemned "all violence" but accused opposition politicians of exploiting the students. "No one will topple the state in the street," he told reporters.

The protests have been the largest challenge to Vučić's rule since he came to power in 2012. Students have blocked universities for more than five months, and demonstrators have repeatedly been targeted by cars driving into blockades and by groups of unidentified men. In January, a driver rammed a car into students at a blockade in Belgrade, injuring a young woman.

Opposition parties called for the Kraljevo police chief to resign. A rally in solidarity with the injured students was planned in Kraljevo on Wednesday.
""",
 E('ATK', 'Unidentified Armed Group (Serbia)', 'Protesters (Serbia)', '2025-05-19', L('Kraljevo', 'RS', 'Raska'), None, 'attacked students who were blocking a road'),
 E('PP', 'Protesters (Serbia)', None, '2025-05-19', L('Belgrade', 'RS', 'Belgrade'), None, 'tens of thousands of people marched from the Faculty of Law'),
 E('ATK', 'Unidentified Armed Group (Serbia)', 'Protesters (Serbia)', '2025-01', L('Belgrade', 'RS', 'Belgrade'), None, 'a driver rammed a car into students', bg=True),
)

# 10 -- France: Marseille drug-gang killings, news shooting + background incidents + running totals
A('web', '2023-05-15', """
Three men shot dead in Marseille's Frais-Vallon estate as drug war toll climbs

By Julien Ferrand | Provence Actu (English) | 15 May 2023

Three men were shot dead at the foot of a tower block in the Frais-Vallon housing estate in Marseille's 13th arrondissement late on Sunday, police sources said, in the latest killing linked to a turf war between drug trafficking gangs in the city's northern districts.

The men, aged 19, 23 and 27, were sitting in a parked car near a known drug-selling point shortly before midnight when two attackers armed with Kalashnikov rifles got out of a stolen Renault Clio and fired at least 30 rounds into the vehicle, according to a source close to the investigation. The attackers fled and the Clio was later found burned out in the neighbouring 12th arrondissement. All three victims died at the scene despite the efforts of firefighters to resuscitate them.

The Marseille prosecutor, Dominique Laurens, said on Monday that the killings bore "all the hallmarks of a settling of scores" and that the victims were known to the police for drug offences. No arrests had been made by Monday evening.

The killings bring to 20 the number of people shot dead in drug-related violence in and around Marseille since January, according to a count by the prosecutor's office, already approaching the 32 recorded in the whole of 2022. The violence is largely attributed to a conflict between the DZ Mafia and the Yoda gang over control of lucrative drug-selling points.

The previous mass killing in the city took place less than a month ago. On April 24, gunmen killed three young men in a car outside a nightclub in the Saint-Barthélemy district, and on May 2 a 24-year-old was shot dead at a bus stop in La Paternelle. Residents of Frais-Vallon said gunfire had become routine. "The children know the difference between fireworks and a Kalashnikov," said a mother of three who asked not to be named.

Interior Minister Gérald Darmanin promised on Monday to send 200 additional police officers to Marseille and said the state would "retake every drug-selling point". Local councillors said similar promises had been made before. "We have had security plans every year for ten years," said Benoît Payan, the city's mayor. "What we need is judges, investigators and social workers, not another announcement."

A march against the violence is planned for Saturday in the 13th arrondissement.
""",
 E('ATK', 'Unidentified Armed Group (France)', 'Civilians (France)', '2023-05-14', L('Marseille', 'FR', "Provence-Alpes-Cote d'Azur"), 3, 'Three men were shot dead at the foot of a tower block'),
 E('ATK', 'Unidentified Armed Group (France)', 'Civilians (France)', '2023-04-24', L('Marseille', 'FR', "Provence-Alpes-Cote d'Azur"), 3, 'gunmen killed three young men in a car', bg=True),
 E('ATK', 'Unidentified Armed Group (France)', 'Civilians (France)', '2023-05-02', L('Marseille', 'FR', "Provence-Alpes-Cote d'Azur"), 1, 'a 24-year-old was shot dead at a bus stop', bg=True),
)

# 11 -- Lebanon: Ain al-Hilweh clashes between Fatah and Islamist militants; July 2023 assassination background
A('wire', '2023-09-09', """
SIDON, Lebanon (Levant News Agency) - Fierce fighting between the Palestinian Fatah movement and Islamist militants resumed in Lebanon's largest Palestinian refugee camp, Ain al-Hilweh, on Friday, killing at least four people and forcing hundreds of families to flee into the nearby city of Sidon, camp officials and medics said.

Gunmen from both sides fought with machine guns and rocket-propelled grenades in the narrow alleys of the camp's al-Tawari and Hittin neighbourhoods from the early hours, and mortar rounds landed near the Lebanese army checkpoint at the camp's northern entrance, wounding two soldiers. A Fatah official said three of the dead were members of the movement's National Security Forces. The fourth was a civilian hit by a stray bullet, according to the Palestinian Red Crescent.

The Lebanese army, which does not enter the camp under long-standing arrangements, reinforced its positions around Ain al-Hilweh and closed the main road into Sidon for several hours. Schools run by UNRWA, which were supposed to open for the new year this month, remained occupied by militants, the agency said.

The fighting is the worst since late July. On July 30, gunmen ambushed Fatah's military commander in the camp, Mohammed al-Armoushi, known as Abu Ashraf, killing him and four of his bodyguards. That killing set off five days of clashes in which 13 people died before a ceasefire was brokered by Lebanese officials and Hamas.

Fatah accuses the militants of sheltering the men it holds responsible for al-Armoushi's killing and has demanded they be handed over to the Lebanese judiciary. The Islamist groups, which include remnants of Jund al-Sham and al-Shabab al-Muslim, deny any role.

"We were promised the killers would be handed over within days," Fatah's Lebanon secretary Fathi Abu al-Ardat told reporters on Friday evening. "A month later, they are still inside."

Lebanese Prime Minister Najib Mikati called for an immediate halt to the fighting and said Lebanon would "not accept that its security be held hostage". A new ceasefire was announced late on Friday by a committee of Palestinian factions, but residents reported sporadic gunfire on Saturday morning.

About 63,000 registered refugees live in Ain al-Hilweh, which was set up in 1948.
""",
 E('AC', 'Fatah', 'Unidentified Armed Group (Lebanon)', 'rel:Friday', L('Ain al-Hilweh', 'LB', 'South Lebanon'), 4, 'Fierce fighting between the Palestinian Fatah movement and Islamist militants resumed'),
 E('AC', 'Unidentified Armed Group (Lebanon)', 'Fatah', '2023-07-30', L('Ain al-Hilweh', 'LB', 'South Lebanon'), 5, 'gunmen ambushed Fatah\'s military commander', bg=True),
 E('AGR', 'Fatah', 'Unidentified Armed Group (Lebanon)', 'rel:Friday', L('Ain al-Hilweh', 'LB', 'South Lebanon'), None, 'A new ceasefire was announced'),
)

# 12 -- Syria: Deir ez-Zor tribal fighters vs SDF: territory changes between two non-state groups; arrest background
A('wire', '2023-09-01', """
DEIR EZ-ZOR, Syria (Levant News Agency) - Arab tribal fighters seized the town of Dhiban in eastern Syria from the U.S.-backed Syrian Democratic Forces (SDF) on Wednesday, while the Kurdish-led force took back the nearby town of al-Busayrah on Thursday after two days of street battles, monitors and local sources said.

The fighting, the most serious challenge to SDF rule in Arab-majority Deir ez-Zor province since the defeat of Islamic State in 2019, broke out after the SDF detained the head of its own Deir ez-Zor Military Council, Ahmed al-Khabil, known as Abu Khawla, on Sunday in the town of al-Hasakah, accusing him of corruption and contacts with the Syrian government.

Fighters from the Aqidat tribe, led by tribal sheikh Ibrahim al-Hifl, overran SDF checkpoints and offices in Dhiban, on the eastern bank of the Euphrates, on Wednesday afternoon. At least nine SDF members and six tribal fighters were killed in the fighting for the town, according to the Syrian Observatory for Human Rights.

In al-Busayrah, about 30 km to the north, tribal fighters had held parts of the town since Tuesday. SDF units backed by armoured vehicles pushed back into the town on Thursday, killing seven tribal gunmen and recapturing the municipal building and the main market, the SDF said in a statement. Two civilians were also killed by stray fire, the Observatory said.

The Observatory said at least 54 people had been killed in the clashes since Sunday, but did not give a breakdown by place.

The SDF accused Syrian government agents of stirring up the tribes. "These are not tribes, these are regime cells," SDF spokesman Farhad Shami said. Tribal leaders said they were fighting against discrimination and corruption.

U.S. officials called for calm. The United States has about 900 troops in northeastern Syria, many of them in Deir ez-Zor, supporting the SDF against remaining Islamic State cells. A U.S. delegation met tribal leaders and SDF commanders at a base near the al-Omar oil field on Friday, the SDF said, but it gave no details of the talks.

Residents of Dhiban said shops remained closed on Friday and that many families had crossed the river to government-held areas.
""",
 E('NSO', 'Aqidat Tribal Militia (Syria)', 'SDF: Syrian Democratic Forces', 'rel:Wednesday', L('Dhiban', 'SY', 'Deir ez-Zor'), 15, 'Arab tribal fighters seized the town of Dhiban'),
 E('NSO', 'SDF: Syrian Democratic Forces', 'Aqidat Tribal Militia (Syria)', 'rel:Thursday', L('Al-Busayrah', 'SY', 'Deir ez-Zor'), 9, 'took back the nearby town of al-Busayrah'),
 E('ARR', 'SDF: Syrian Democratic Forces', 'SDF: Syrian Democratic Forces', 'rel:Sunday', L('Al-Hasakah', 'SY', 'Al-Hasakah'), None, 'the SDF detained the head of its own Deir ez-Zor Military Council', bg=True),
)

# 13 -- Brazil 2014: anti-World Cup protest dispersed in Sao Paulo, peaceful in Rio; 2013 wave (year only) not coded
A('web', '2014-06-13', """
Police fire tear gas at anti-World Cup protesters in São Paulo as tournament opens

By Rafael Monteiro | Brazil Daily Report | June 13, 2014

Military police fired tear gas, stun grenades and rubber bullets to disperse several hundred protesters who tried to march towards the Itaquerão stadium in eastern São Paulo on Thursday, hours before Brazil played Croatia in the opening match of the World Cup.

The protesters, many of them students and members of homeless workers' movements, gathered at a metro station in the Tatuapé neighbourhood in the morning, carrying banners reading "There won't be a Cup" and "FIFA go home". When they moved onto the Radial Leste avenue, riot police blocked their way and fired tear gas canisters into the crowd. Some protesters threw stones and set fire to a pile of rubbish, but most ran into side streets.

At least six people were hurt, among them two journalists from a US television network, one of whom was hit in the arm by shrapnel from a stun grenade. São Paulo's public security secretariat said 11 people were detained and that nobody had been seriously injured.

In Rio de Janeiro, about 1,000 people marched peacefully from Candelária church to the city centre on Thursday evening to protest against the billions spent on stadiums while hospitals and schools lack funds. Police escorted the march and there were no incidents.

The protests were much smaller than those of June 2013, when more than a million people took to the streets across Brazil during the Confederations Cup. But they revived the government's fears that demonstrations could overshadow a tournament it had hoped would showcase the country.

"We are not against football, we are against the way this Cup was made," said Luana Pereira, a 22-year-old history student in São Paulo, her eyes still red from the gas. "They removed families from their homes to build roads to the stadium."

President Dilma Rousseff, who was booed by sections of the crowd at the stadium, said on Friday that the government respected the right to protest but would not tolerate violence. The Homeless Workers' Movement (MTST), which had called off a larger march in São Paulo earlier in the week after reaching a housing deal with the city, said it had not taken part in Thursday's protest.

More demonstrations are planned in Belo Horizonte and Brasília for next week.
""",
 E('PWI', 'Protesters (Brazil)', 'Police Forces of Brazil', '2014-06-12', L('Sao Paulo', 'BR', 'Sao Paulo'), 0, 'fired tear gas, stun grenades and rubber bullets to disperse several hundred protesters'),
 E('PP', 'Protesters (Brazil)', None, '2014-06-12', L('Rio de Janeiro', 'BR', 'Rio de Janeiro'), None, 'about 1,000 people marched peacefully'),
)

# 14 -- Ukraine: Odesa anniversary 2015, no news violence (hoax bomb threat), background riot and deadly fire
A('web', '2015-05-02', """
Odesa marks a year since deadly clashes and fire under heavy police guard

By Oksana Hrytsenko | Black Sea Herald | May 2, 2015

Thousands of people brought flowers to the charred Trade Unions House in Odesa on Saturday to mark one year since the street battles and fire that killed dozens of people in the Ukrainian port city, as police kept rival groups apart and searched the square for explosives.

Police cordoned off Kulykove Pole square from early morning and checked the bags of everyone entering. The railway station was briefly evacuated before noon after an anonymous caller said a bomb had been planted there, but nothing was found, the regional police said. No clashes were reported by evening.

On May 2, 2014, supporters of Ukrainian unity and pro-Russian activists fought running street battles in the centre of Odesa, throwing stones and petrol bombs and firing guns, in which six people were shot dead. Later that evening, after pro-Ukrainian crowds marched on a pro-Russian tent camp on Kulykove Pole, a fire broke out in the Trade Unions House where the pro-Russian activists had barricaded themselves, and 42 people died in the flames or after jumping from windows.

A year later, investigators have still not established who started the fire. A Council of Europe advisory panel has criticised the slow pace of the inquiry, and no one has been convicted. Relatives of the victims accuse the authorities of protecting those responsible; officials say the investigation is complicated by the war in the east.

"I come here to remember my son, not to fight," said Lyudmila, a pensioner holding a photograph of a young man in a black frame. A few metres away, a group of young men wearing Ukrainian flags watched in silence.

Odesa's governor, Ihor Palytsia, had warned this week that "provocateurs" might try to use the anniversary to destabilise the region, and the security service said it had detained several people suspected of planning attacks in the city over the past months. Since the spring of 2014, Odesa has been hit by a series of small bombings, most of them targeting volunteer centres and offices of pro-Ukrainian groups.

By late afternoon the square had emptied, leaving a carpet of red carnations in front of the blackened building.
""",
 E('VD', 'Rioters (Ukraine)', 'Rioters (Ukraine)', '2014-05-02', L('Odesa', 'UA', 'Odesa'), 6, 'fought running street battles in the centre of Odesa', bg=True),
 E('MOB', 'Rioters (Ukraine)', 'Civilians (Ukraine)', '2014-05-02', L('Odesa', 'UA', 'Odesa'), 42, 'a fire broke out in the Trade Unions House', bg=True),
)

# 15 -- US local court story: Highland Park sentencing; no news event; background parade shooting
A('local', '2025-06-26', """
Highland Park parade shooter sentenced to life without parole

By Mike Kowalczyk, Lake County Ledger

WAUKEGAN, Ill. — The man who opened fire on a Fourth of July parade in Highland Park three years ago was sentenced Wednesday to seven consecutive life terms without the possibility of parole, after a hearing in which relatives of the dead described lives "shattered in 60 seconds."

Lake County Judge Victoria Rossetti imposed the maximum sentence on Robert Crimo III, 24, who pleaded guilty in March to 21 counts of first-degree murder and 48 counts of attempted murder. Crimo did not attend the hearing; he had refused to leave his cell, and the judge ruled that he could not be forced to appear.

On July 4, 2022, Crimo climbed onto the roof of a business along Central Avenue and fired 83 rounds from a semi-automatic rifle into the crowd watching the parade, killing seven people and wounding 48. He fled disguised in women's clothing and was arrested that evening after a brief chase in North Chicago.

For nearly five hours, the courtroom heard from survivors and families. Kimberly Rush, whose son Cooper was paralyzed from the waist down after a bullet hit his spine, said the 11-year-old still asks why someone wanted to hurt him. Elizabeth Turnipseed, whose husband Stephen Straus was killed, called the shooting "an act of pure evil."

"You took seven people from us on a day that was supposed to celebrate our country," said Highland Park Mayor Nancy Rotering in a statement read outside the courthouse. "Today's sentence cannot bring them back, but it makes sure he will never hurt anyone again."

Prosecutors said Crimo had planned the attack for weeks, and had previously been reported to police in 2019 for threatening to "kill everyone" in his family home. His father, Robert Crimo Jr., pleaded guilty in 2023 to misdemeanor charges for helping his son obtain a gun license and served 60 days in jail.

Lake County State's Attorney Eric Rinehart said the case showed the need for stronger gun laws, including the statewide assault weapons ban Illinois passed six months after the shooting.

Gun violence researchers say mass shootings in the United States have declined slightly since a peak in 2021, but remain far more common than in other wealthy countries. Highland Park will again hold a remembrance ceremony before its parade this year.
""",
 E('ATK', 'Unidentified Armed Group (United States)', 'Civilians (United States)', '2022-07-04', L('Highland Park', 'US', 'Illinois'), 7, 'fired 83 rounds from a semi-automatic rifle into the crowd', bg=True),
)

# 16 -- Israel: hostage-deal protests dispersed in Tel Aviv, Jerusalem; hostages killed in Rafah tunnel (news, own day)
A('web', '2024-09-02', """
Police use water cannon as hundreds of thousands protest in Israel after six hostages found dead

By Noa Shalev | Jerusalem Dispatch | September 2, 2024

Israeli police fired water cannon and dragged protesters off the Ayalon highway in Tel Aviv late on Sunday, as hundreds of thousands of people took to the streets across the country demanding a deal to free the hostages still held in Gaza, a day after the bodies of six captives were recovered from a tunnel in Rafah.

Demonstrators lit bonfires on the highway and blocked traffic in both directions for several hours. Mounted police charged groups of protesters near the Kaplan junction shortly before midnight, and officers used water cannon to clear the road. Police said 29 people were arrested in Tel Aviv. Organisers estimated that 500,000 people had joined protests nationwide, the largest since the war began.

In Jerusalem, several thousand protesters marched to Prime Minister Benjamin Netanyahu's residence on Gaza Street, where police pushed them back from the barriers and arrested four people.

The Israeli military said the six hostages, among them the Israeli-American Hersh Goldberg-Polin, had been shot dead by their captors at close range on Thursday, shortly before troops reached the tunnel in which they were held. Their bodies were recovered on Saturday. Hamas said the hostages were killed by Israeli airstrikes, a claim the military rejected.

The Histadrut labour federation called a general strike on Monday, which closed Ben Gurion airport for two hours in the morning before a labour court ordered it to end at 2:30 p.m.

Netanyahu apologised to the families on Monday evening for not bringing the six home alive but said Israel must keep control of the Philadelphi corridor on the Egypt-Gaza border. "Whoever murders hostages does not want a deal," he said.

About 1,200 people were killed and 251 taken hostage in the Hamas-led attack on southern Israel on October 7, 2023. Israel says 101 hostages remain in Gaza, about a third of whom are believed to be dead. Gaza's health ministry says more than 40,000 Palestinians have been killed in Israel's military campaign since then.

The families' forum called for further demonstrations on Monday night outside the defence ministry in Tel Aviv.
""",
 E('PWI', 'Protesters (Israel)', 'Police Forces of Israel', '2024-09-01', L('Tel Aviv', 'IL', 'Tel Aviv'), None, 'fired water cannon and dragged protesters off the Ayalon highway'),
 E('PWI', 'Protesters (Israel)', 'Police Forces of Israel', '2024-09-01', L('Jerusalem', 'IL', 'Jerusalem'), None, 'several thousand protesters marched to Prime Minister Benjamin Netanyahu\'s residence'),
 E('ATK', 'Hamas', 'Civilians (Israel)', '2024-08-29', L('Rafah', 'PS', 'Gaza Strip'), 6, 'had been shot dead by their captors'),
)

# 17 -- Yemen 2021: Marib offensive; armed clash vs missile vs drone distinctions
A('wire', '2021-02-15', """
MARIB, Yemen (Gulf Desk) - Fighting between Yemen's Houthi movement and government forces raged for a second week on the western approaches to the city of Marib on Monday, as the Houthis fired a ballistic missile at the city and launched an explosive-laden drone at an oil facility, military officials said.

Houthi fighters attacked government positions in the Raghwan district, northwest of the city, before dawn on Monday, and fought pro-government troops and allied tribesmen for several hours around the al-Kassara front line, two government commanders told Gulf Desk. At least 14 Houthi fighters and eight government soldiers were killed, one of the commanders said. The Houthis did not comment on their losses.

Hours later, a ballistic missile fired by the Houthis struck a residential neighbourhood near the Marib governorate building, wounding five civilians, including two children, the local health office said. No one was killed. The missile left a crater and shattered the windows of several houses.

Saudi state television said the Saudi-led coalition had intercepted a drone launched towards the Safer oil and gas facility east of Marib on Monday afternoon. A Yemeni oil official said a second drone hit a storage tank at the facility, setting it on fire, but caused no casualties.

The coalition said its jets carried out 12 air strikes on Houthi positions in Marib and neighbouring al-Jawf province on Sunday and Monday, without giving details.

Marib, the last northern stronghold of the internationally recognised government, is home to about a million displaced people who fled fighting elsewhere in the country. The International Organization for Migration said on Monday that more than 1,200 families had fled camps west of the city since the Houthis renewed their offensive on February 7.

"If the fighting reaches the camps, we will face a catastrophe," said an IOM official in Marib, asking not to be named.

The U.N. special envoy, Martin Griffiths, called for an immediate halt to the offensive. The new U.S. administration revoked the designation of the Houthis as a terrorist organisation on Friday, a decision Washington said was meant to ease aid deliveries. The conflict has killed tens of thousands of people since 2015.
""",
 E('AC', 'Houthi Movement', 'Military Forces of Yemen', '2021-02-15', L('Raghwan', 'YE', 'Marib', 2), 22, 'Houthi fighters attacked government positions in the Raghwan district'),
 E('SH', 'Houthi Movement', 'Civilians (Yemen)', '2021-02-15', L('Marib', 'YE', 'Marib'), 0, 'a ballistic missile fired by the Houthis struck a residential neighbourhood'),
 E('DWU', 'Military Forces of Saudi Arabia', 'Houthi Movement', '2021-02-15', L('Safer', 'YE', 'Marib', 2), None, 'had intercepted a drone'),
 E('AIR', 'Houthi Movement', None, '2021-02-15', L('Safer', 'YE', 'Marib', 2), 0, 'a second drone hit a storage tank at the facility'),
)

# 18 -- Colombia 2022: Clan del Golfo armed strike; police shot at checkpoint, bus torched; Otoniel arrest background
A('web', '2022-05-08', """
Police officer killed, buses torched as Clan del Golfo enforces 'armed strike' in northern Colombia

By Catalina Restrepo | Andes Report | May 8, 2022

Suspected members of the Clan del Golfo shot dead a police officer at a checkpoint in Caucasia, in Antioquia province, on Saturday, and gunmen set fire to two intercity buses on the highway near Yarumal, as Colombia's largest drug-trafficking group paralysed much of the north of the country with a four-day "armed strike".

The officer, a 26-year-old patrolman, was checking vehicles on the Troncal de Occidente when two men on a motorcycle opened fire on his unit, police said. A second officer was wounded. Police said the patrol returned fire but the attackers escaped.

Near Yarumal, about 100 km to the south, armed men stopped two buses on Saturday afternoon, ordered the passengers off and set the vehicles on fire, the Antioquia government said. No one was hurt.

The group, which calls itself the Gaitanist Self-Defence Forces of Colombia (AGC), ordered shops, transport and schools to close from Thursday in 11 of Colombia's 32 departments in retaliation for the extradition to the United States of its former leader, Dairo Antonio Úsuga, alias Otoniel. Towns across Córdoba, Sucre and Antioquia were deserted on Saturday, with residents staying at home for fear of reprisals.

Otoniel, Colombia's most wanted drug trafficker, was captured on October 23 last year in a jungle hideout in the rural area of Necoclí, near the border with Panama, in an operation involving about 500 soldiers and helicopters. He was extradited on Wednesday.

Defence Minister Diego Molano said 24 people had been killed during the strike so far, including six members of the security forces, and that 180 vehicles had been attacked, but did not say where. He offered a reward of 5 billion pesos for information on those who ordered the strike. "The Clan del Golfo is trying to intimidate the country with terror," he said.

The strike comes three weeks before the first round of the presidential election, in which leftist candidate Gustavo Petro leads the polls. Human rights groups said the government had been warned about the strike but had failed to protect rural communities.

The Clan del Golfo said in a statement on Sunday that the strike would end at midnight on Monday as planned.
""",
 E('AC', 'Clan del Golfo', 'Police Forces of Colombia', '2022-05-07', L('Caucasia', 'CO', 'Antioquia'), 1, 'shot dead a police officer at a checkpoint'),
 E('LOOT', 'Unidentified Armed Group (Colombia)', None, '2022-05-07', L('Yarumal', 'CO', 'Antioquia', 2), 0, 'set fire to two intercity buses'),
 E('ARR', 'Military Forces of Colombia', 'Clan del Golfo', '2021-10-23', L('Necocli', 'CO', 'Antioquia', 2), None, 'was captured on October 23 last year', bg=True),
)

# 19 -- Russia 2023: rail sabotage IED in Bryansk; FSB foils plot in Kursk; Ukrainian denial (no coding for denial)
A('wire', '2023-05-19', """
MOSCOW (Eastern Europe Wire) - A freight train carrying fuel derailed in Russia's Bryansk region on Thursday after an explosive device went off under the tracks, the second such incident in the region bordering Ukraine this week, the regional governor said.

The blast happened shortly after 10 a.m. on a section of line near the village of Snezhetskaya, about 15 km north of the city of Bryansk, Governor Alexander Bogomaz said on Telegram. The locomotive and 20 tank cars left the rails and several caught fire. No one was hurt, he said.

On Tuesday, an explosive device damaged a stretch of track near the station of Unecha, in the west of the region, derailing a locomotive hauling empty wagons. The driver was slightly injured. Russian Railways said traffic on both lines had been restored.

Russia's Federal Security Service (FSB) said on Friday it had detained two men in the Kursk region who were preparing to blow up a railway bridge used to supply Russian troops. The men, whom the FSB described as Russian citizens recruited by Ukrainian military intelligence, were arrested at a house near the town of Lgov, where officers found 3 kg of plastic explosive and detonators, the agency said.

Ukraine did not comment on the Bryansk derailments. Kyiv rarely confirms attacks inside Russia, and officials have in the past attributed such incidents to Russian partisans opposed to the war.

Russian authorities have reported dozens of cases of sabotage on railways since the start of the invasion in February 2022, most of them in regions near the Ukrainian border. Several Russian regions have tightened security around rail lines and fuel depots.

Bryansk region has also been hit repeatedly by Ukrainian shelling and drone attacks, and in March Russian officials said a group of Ukrainian saboteurs had crossed the border into the village of Lyubechane and killed two civilians, a claim Kyiv denied.

Analysts said the attacks appeared aimed at disrupting Russian logistics ahead of an expected Ukrainian counteroffensive. "Every fuel train that does not arrive at the front is a small victory for Kyiv," said a Western military analyst who asked not to be named.
""",
 E('IED', 'Unidentified Armed Group (Russia)', None, '2023-05-18', L('Snezhetskaya', 'RU', 'Bryansk'), 0, 'after an explosive device went off under the tracks'),
 E('IED', 'Unidentified Armed Group (Russia)', None, '2023-05-16', L('Unecha', 'RU', 'Bryansk'), None, 'an explosive device damaged a stretch of track'),
 E('DWU', 'Police Forces of Russia', 'Unidentified Armed Group (Russia)', '2023-05-19', L('Lgov', 'RU', 'Kursk', 2), None, 'had detained two men in the Kursk region who were preparing to blow up', mod='foiled'),
 E('ATK', 'Military Forces of Ukraine', 'Civilians (Russia)', '2023-03', L('Lyubechane', 'RU', 'Bryansk'), 2, 'killed two civilians', mod='claimed', bg=True),
)

# 20 -- Germany court: Magdeburg market trial opens; no news event; background ramming attacks 2024 and 2016
A('web', '2025-11-10', """
Magdeburg Christmas market attack: trial of Saudi-born doctor opens under tight security

By Katrin Lehmann | Mitteldeutsche Rundschau Online | 10 November 2025

The trial of the man accused of driving a car into crowds at Magdeburg's Christmas market last year opened on Monday in a specially built courtroom on the edge of the city, nearly eleven months after an attack that killed six people and left more than 300 injured.

Taleb al-Abdulmohsen, a 51-year-old psychiatrist from Saudi Arabia who had lived in Germany since 2006, faces six counts of murder and 338 counts of attempted murder. Prosecutors say he acted out of personal grievance against German authorities and society and planned the attack for weeks.

On December 20, 2024, the defendant drove a rented BMW at high speed through an emergency access lane into the crowded market in front of Magdeburg's town hall, killing a nine-year-old boy and five women. He was arrested at the scene by police officers, one of whom pointed a pistol at him through the car window.

In the courtroom on Monday, the accused interrupted the presiding judge several times to complain about his treatment in prison and said he would explain his "motives" later. About 150 survivors and relatives are co-plaintiffs. Some followed the hearing from an overflow room; others said they could not bear to see the defendant.

"I want to hear that he understands what he has done," said Sandra, whose daughter lost a leg. "I don't expect it, but I want to hear it."

The attack revived memories of December 19, 2016, when a Tunisian asylum seeker hijacked a truck and drove it into a Christmas market at Berlin's Breitscheidplatz, killing 12 people. Security at markets across Germany has been tightened since then, and many now use concrete barriers and bollards.

A parliamentary inquiry in Saxony-Anhalt has examined why the emergency lane used by the attacker had been left open, and whether warnings about his threatening behaviour had been ignored. Police had received several complaints about him since 2013, including threats to commit an act that would be "remembered internationally".

The court has scheduled hearings until March. The Magdeburg Christmas market reopened this year with a new security concept.
""",
 E('ATK', 'Unidentified Armed Group (Germany)', 'Civilians (Germany)', '2024-12-20', L('Magdeburg', 'DE', 'Saxony-Anhalt'), 6, 'drove a rented BMW at high speed through an emergency access lane into the crowded market', bg=True),
 E('ATK', 'Unidentified Armed Group (Germany)', 'Civilians (Germany)', '2016-12-19', L('Berlin', 'DE', 'Berlin'), 12, 'hijacked a truck and drove it into a Christmas market', bg=True),
)

# 21 -- Ecuador 2025: national strike; live fire in Cotacachi (EXF), blockade in Otavalo; 2019 background riot
A('web', '2025-09-29', """
Protester shot dead in Cotacachi as Ecuador's indigenous strike enters second week

By Diego Andrade | Ecuador Chronicle | September 29, 2025

A 46-year-old indigenous man was shot dead on Sunday in Cotacachi, in Ecuador's northern Imbabura province, when soldiers and police moved to clear a blockade on the Pan-American Highway, his community and the indigenous confederation CONAIE said.

Hundreds of members of Kichwa communities had blocked the road near the town with tree trunks, earth and burning tyres since early morning as part of the national strike called by CONAIE against the removal of the diesel subsidy. Witnesses said that when a military convoy arrived, troops fired tear gas and then shots. Efraín Fueres, a father of five, was hit in the chest and died on the way to hospital in Otavalo. At least 12 other people were injured, two of them by bullets, according to the local human rights committee.

The army said in a statement that the convoy had been "ambushed" by "violent groups" who attacked soldiers with stones and fireworks and injured 17 of them, and that troops had acted in self-defence. The Interior Ministry said it would investigate the death.

In Otavalo, about 10 km away, several thousand people held a peaceful sit-in in the central square on Sunday afternoon, and the road to Quito remained blocked at San Pablo del Lago.

President Daniel Noboa has declared a state of emergency in seven provinces and accused some strike leaders of links to criminal groups, a charge CONAIE rejects. "We are not terrorists, we are farmers who cannot pay for diesel," said CONAIE president Marlon Vargas.

The strike recalls the unrest of October 2019, when protests against an earlier attempt to cut fuel subsidies paralysed the country for 11 days. On October 12, 2019, protesters set fire to the building of the Comptroller General's office in Quito and clashed with police in the city centre. Then-president Lenín Moreno eventually withdrew the decree.

The government says the subsidy cost the state more than $1 billion a year. Business groups in Imbabura say the blockades have cost the province's flower and textile exporters millions of dollars.

The Catholic bishops' conference offered on Monday to mediate between the government and CONAIE.
""",
 E('EXF', 'Military Forces of Ecuador', 'Protesters (Ecuador)', '2025-09-28', L('Cotacachi', 'EC', 'Imbabura', 2), 1, 'was shot dead on Sunday in Cotacachi'),
 E('PP', 'Protesters (Ecuador)', None, '2025-09-28', L('Otavalo', 'EC', 'Imbabura'), None, 'several thousand people held a peaceful sit-in'),
 E('VD', 'Rioters (Ecuador)', 'Police Forces of Ecuador', '2019-10-12', L('Quito', 'EC', 'Pichincha'), None, "protesters set fire to the building of the Comptroller General's office", bg=True),
)

# 22 -- near miss, US local: 'shots fired' at mall were balloons; events none
A('local', '2024-08-19', """
Boise Towne Square 'shots fired' scare was popping balloons, police say

By Tyler Brandt, Treasure Valley Tribune

BOISE, Idaho — Dozens of shoppers fled Boise Towne Square on Saturday afternoon and some hid in stockrooms for more than an hour after reports of gunfire inside the mall, but police said Sunday that the noise came from a bunch of balloons that burst near a party store.

Boise Police Chief Ron Winegar said officers received the first 911 call at 2:14 p.m. from a shopper who reported "several shots" near the food court. Within minutes, more than 40 officers from Boise police, the Ada County Sheriff's Office and Idaho State Police had arrived, and SWAT teams searched the two-story mall store by store.

"There was no shooter, no weapon, and nobody was shot," Winegar said at a news conference. "But I want to be clear: the people who called 911 did exactly the right thing." Investigators reviewed surveillance video showing an employee carrying a cluster of helium balloons that popped in quick succession as they brushed against a hot light fixture.

Three people were treated for minor injuries after falling while running toward the exits, and a woman was taken to St. Luke's with chest pains, police said. The mall reopened Sunday morning.

Shoppers described a terrifying scene. "Someone yelled 'gun!' and everybody just started running," said Kelsey Morgan, 29, who was shopping with her two children. "We hid in the back of a shoe store with the lights off. I was texting my husband goodbye."

The scare came less than three years after a real shooting at the same mall. On Oct. 25, 2021, a gunman killed two people, including a security guard, and wounded four others, including a police officer, before he was shot and killed by officers. The episode still weighs on many employees, mall manager Kristin Dahl said.

Idaho lawmakers have debated proposals to expand active-shooter training in schools and public buildings, and Winegar said the department would review its response. He said he had no plans to seek charges against anyone.

The Boise Police Department asked anyone with video of the evacuation to contact investigators so the timeline can be completed.
""",
 E('ATK', 'Unidentified Armed Group (United States)', 'Civilians (United States)', '2021-10-25', L('Boise', 'US', 'Idaho'), 2, 'a gunman killed two people, including a security guard', bg=True),
)

# 23 -- Armenia/Azerbaijan 2021: border battle + Russian-brokered ceasefire; war statistic not coded
A('web', '2021-11-17', """
Deadliest Armenia-Azerbaijan fighting since the 2020 war ends in Russian-brokered truce

By Armen Petrosyan | South Caucasus Review | November 17, 2021

Armenian and Azerbaijani troops fought with artillery, armoured vehicles and small arms on their border on Tuesday in the most serious flare-up since last year's war over Nagorno-Karabakh, before both sides agreed to a ceasefire brokered by Russia late in the evening.

The fighting broke out in the early afternoon near the Armenian village of Ishkhanasar in the southern Syunik province, where Azerbaijani forces had advanced into positions that Armenia considers its territory, Armenia's Defence Ministry said. Armenia said 15 of its soldiers were killed and 12 were taken prisoner, and that Azerbaijani troops captured two of its positions. Azerbaijan said seven of its servicemen died and accused Armenia of a "large-scale provocation".

Armenian Defence Minister Arshak Karapetyan said Azerbaijani drones had also struck an Armenian artillery position near the village of Sev Lich, but gave no casualty figure for that strike.

At about 9 p.m., the Armenian Defence Ministry said that "as a result of Russia's mediation" the two sides had agreed to halt the fighting from 6:30 p.m. Moscow time. The Azerbaijani side confirmed the truce. The front was quiet on Wednesday, officials on both sides said.

Prime Minister Nikol Pashinyan had asked Moscow to defend Armenia's territorial integrity under a 1997 bilateral treaty. The Kremlin, which deployed about 2,000 peacekeepers to Nagorno-Karabakh under the deal that ended last year's war, urged both sides to show restraint.

The six-week war in the autumn of 2020 killed more than 6,500 people and ended with Azerbaijan retaking large parts of Nagorno-Karabakh and the surrounding districts. Border skirmishes have continued since then, particularly in Syunik, a narrow strip of land that separates Azerbaijan from its exclave of Nakhchivan.

In Yerevan, several hundred opposition supporters rallied outside the government building on Wednesday evening, calling on Pashinyan to resign over the losses. Police watched but did not intervene, and the protest ended peacefully after two hours.

The European Union and the United States called on both countries to return to talks on demarcating the border.
""",
 E('AC', 'Military Forces of Azerbaijan', 'Military Forces of Armenia', '2021-11-16', L('Ishkhanasar', 'AM', 'Syunik', 2), 22, 'fought with artillery, armoured vehicles and small arms on their border'),
 E('AIR', 'Military Forces of Azerbaijan', 'Military Forces of Armenia', '2021-11-16', L('Sev Lich', 'AM', 'Syunik', 2), None, 'Azerbaijani drones had also struck an Armenian artillery position'),
 E('AGR', 'Military Forces of Armenia', 'Military Forces of Azerbaijan', '2021-11-16', L('Syunik', 'AM', 'Syunik', 3), None, 'the two sides had agreed to halt the fighting'),
 E('PP', 'Protesters (Armenia)', None, '2021-11-17', L('Yerevan', 'AM', 'Yerevan'), None, 'several hundred opposition supporters rallied outside the government building'),
)

# 24 -- Egypt 2023: Gaza solidarity protests; Tahrir protest dispersed with arrests; state-sanctioned rallies
A('web', '2023-10-21', """
Egyptian police detain dozens after pro-Palestinian protesters reach Tahrir Square

By Mariam Fathy | Nile Observer | October 21, 2023

Egyptian security forces detained dozens of people in central Cairo on Friday after thousands of protesters broke away from an officially sanctioned rally in support of the Palestinians and marched into Tahrir Square, the symbolic heart of the 2011 uprising, for the first time in years.

The protesters, many of them young men, chanted "Bread, freedom, social justice", a slogan of the revolution that toppled Hosni Mubarak, alongside slogans in support of Gaza. Riot police surrounded the square in the late afternoon and dispersed the crowd, chasing protesters into side streets. Lawyers from the Egyptian Initiative for Personal Rights said at least 43 people had been arrested in Cairo and Alexandria and were being questioned by state security prosecutors on Saturday.

The government had called for demonstrations after Friday prayers to back President Abdel Fattah al-Sisi's rejection of any transfer of Palestinians from Gaza into Sinai. Tens of thousands of people attended rallies organised by pro-government parties at designated sites in Cairo, including outside al-Azhar mosque, and in other cities, waving Egyptian and Palestinian flags. Those rallies passed without incident.

In Alexandria, several thousand people marched along the Corniche after prayers at the al-Qaed Ibrahim mosque, and police made a number of arrests when some marchers chanted against the government, witnesses said.

Protests without official permission have been effectively banned in Egypt since 2013, and rights groups estimate that tens of thousands of political prisoners are held in the country's jails. Friday's scenes were the largest unsanctioned gathering in Cairo since September 2019, when small protests against corruption briefly broke out in several cities.

"People came for Gaza, but once they were in the square they remembered everything else," said a 27-year-old engineer who escaped arrest. "The anger is about the economy too."

Egypt is facing its worst economic crisis in decades, with annual inflation near 40 percent. A presidential election is scheduled for December, in which Sisi is expected to win a third term.

The Rafah crossing into Gaza opened on Saturday morning to let the first 20 aid trucks through.
""",
 E('PWI', 'Protesters (Egypt)', 'Police Forces of Egypt', '2023-10-20', L('Cairo', 'EG', 'Cairo'), None, 'Egyptian security forces detained dozens of people in central Cairo'),
 E('PP', 'Protesters (Egypt)', None, '2023-10-20', L('Cairo', 'EG', 'Cairo'), None, 'Tens of thousands of people attended rallies organised by pro-government parties'),
 E('PWI', 'Protesters (Egypt)', 'Police Forces of Egypt', '2023-10-20', L('Alexandria', 'EG', 'Alexandria'), None, 'several thousand people marched along the Corniche'),
)

# 25 -- France/Corsica 2022: Bastia riot over Colonna; prison assault recap background; 1998 Erignac assassination background
A('web', '2022-03-14', """
Dozens of police hurt as Bastia rally for Yvan Colonna turns to rioting

By Paul-Antoine Santoni | Corsica Today | 14 March 2022

Rioters hurled petrol bombs, paving stones and steel balls at gendarmes and police in Bastia on Sunday and set fire to the entrance of the city's tax office, after a rally of several thousand people in support of the jailed Corsican nationalist Yvan Colonna ended in hours of clashes.

The demonstration, called by nationalist parties and student unions, began peacefully at the Place Saint-Nicolas in the early afternoon. Shortly after 4 p.m., groups of masked youths moved towards the prefecture, where they threw projectiles at the riot police guarding the building. Security forces responded with tear gas, stun grenades and water cannon. The clashes went on until late in the evening.

The interior ministry said 44 police officers and gendarmes were injured, and the regional hospital said it had treated 23 civilians. No one was killed. Eight people were arrested.

Colonna, who is serving a life sentence for the 1998 murder of the prefect of Corsica, has been in a coma since he was beaten and strangled by a fellow inmate at the prison in Arles, in southern France, on March 2. The attacker, a man convicted of terrorism offences, told investigators he had acted because Colonna had "blasphemed".

The prefect, Claude Érignac, was shot dead in the street in Ajaccio on February 6, 1998, as he walked to a concert. Colonna, a shepherd from the village of Cargèse, was arrested in 2003 after four years on the run.

The assault on Colonna has reignited anger on the island, where nationalists accuse the French state of refusing to transfer Corsican prisoners to the island's prison in Borgo. Demonstrations have been held almost daily for the past ten days, and students have blockaded several secondary schools.

In Ajaccio, about 1,500 people marched peacefully on Sunday from the Place du Diamant to the prefecture, where they laid wreaths and sang the Corsican anthem.

Prime Minister Jean Castex announced on Friday that the status of "particularly reported prisoner" applied to Colonna would be lifted. Interior Minister Gérald Darmanin is due to visit the island on Wednesday to open talks on its autonomy.
""",
 E('VD', 'Rioters (France)', 'Police Forces of France', '2022-03-13', L('Bastia', 'FR', 'Corsica'), 0, 'Rioters hurled petrol bombs, paving stones and steel balls at gendarmes and police'),
 E('ATK', 'Unidentified Armed Group (France)', 'Civilians (France)', '2022-03-02', L('Arles', 'FR', "Provence-Alpes-Cote d'Azur"), None, 'he was beaten and strangled by a fellow inmate', bg=True),
 E('ATK', 'Unidentified Armed Group (France)', 'Civilians (France)', '1998-02-06', L('Ajaccio', 'FR', 'Corsica'), 1, 'was shot dead in the street in Ajaccio', bg=True),
 E('PP', 'Protesters (France)', None, '2022-03-13', L('Ajaccio', 'FR', 'Corsica'), None, 'about 1,500 people marched peacefully'),
)

# 26 -- near miss, Canada policy: gang listed as terrorist entity; threats, statistics, no dated incident
A('web', '2025-09-30', """
Ottawa lists Bishnoi gang as terrorist entity, citing extortion and shootings

By Priya Sandhu | Canada Politics Daily | September 30, 2025

The federal government on Monday added the Lawrence Bishnoi gang to Canada's list of terrorist entities, a move that makes it a criminal offence to knowingly fund or help the India-based criminal network and allows police to seize its assets in Canada.

Public Safety Minister Gary Anandasangaree said the gang had "used violence, intimidation and extortion to create a climate of fear" in South Asian communities, particularly in British Columbia, Alberta and Ontario. "Canadians deserve to feel safe in their homes and businesses," he told reporters in Ottawa. "This listing gives police and prosecutors more tools to go after those who fund and carry out these crimes."

Police in Surrey, B.C., say they have investigated more than 60 extortion cases involving South Asian business owners since the start of the year, many of them followed by shots being fired at homes or businesses. Several families have moved away after receiving threatening calls demanding hundreds of thousands of dollars, community leaders say.

The Bishnoi gang, led from an Indian prison by Lawrence Bishnoi, has been linked by the RCMP to a network of agents that Canadian police last year accused of working with Indian government officials to target Sikh separatist activists. India denies any involvement and has said Canada has failed to act on its own requests to extradite gang members.

British Columbia Premier David Eby, who had asked Ottawa to list the gang in July, welcomed the decision. "For months, business owners have told us they are living in terror," he said. Conservative Leader Pierre Poilievre said the listing was "long overdue" and called for tougher sentences for extortion.

Civil liberties groups warned that the anti-terrorism law was designed for ideological violence and that stretching it to criminal gangs could set a dangerous precedent. "These are serious crimes, but we already have laws for them," said Tim McSorley of the International Civil Liberties Monitoring Group.

The gang joins 87 other entities on Canada's list, including Mexican cartels added in February. The government said it would also create a national coordinator for extortion investigations and provide $10 million to help municipal police forces hire investigators.
""")

# 27 -- Honduras 2023: bus driver killed by gang, drivers protest; Tamara prison massacre background
A('web', '2023-07-04', """
Bus driver shot dead in Chamelecón as transport workers block San Pedro Sula boulevard

By Karla Mejía | Honduras Weekly Online | July 4, 2023

A bus driver was shot dead at the wheel of his vehicle in the Chamelecón sector of San Pedro Sula on Monday morning, police said, the fifth transport worker killed in Honduras' second city in a month amid a wave of extortion by street gangs.

The driver, 38-year-old Edwin Rivera, had just picked up passengers at a stop on the main road through Chamelecón when two young men boarded the bus and shot him several times, a police spokesman said. The attackers escaped on foot into a nearby neighbourhood. None of the passengers was hurt. Police said the killing was probably linked to extortion payments demanded by the MS-13 gang, which controls much of the area.

On Tuesday, hundreds of bus and taxi drivers parked their vehicles across the Boulevard del Sur, the main road into San Pedro Sula, for about four hours to demand protection. Police negotiated with the drivers and the road was reopened without incident in the early afternoon. Transport unions said more than 80 drivers and conductors had been killed in Honduras since the start of 2022.

President Xiomara Castro extended a partial state of emergency in December that suspends some constitutional rights in areas controlled by gangs, modelled loosely on El Salvador's crackdown. Critics say it has done little to reduce extortion.

The government has faced mounting pressure since June 20, when members of the Barrio 18 gang stormed a rival wing of the women's prison in Támara, north of Tegucigalpa, shooting and burning 46 inmates to death. Castro responded by handing control of the prisons to the military police.

"Every morning I say goodbye to my children as if it were the last time," said a bus owner who asked not to be named. He said he paid 2,000 lempiras a week to the gang to keep his three buses running. "If you don't pay, they kill the driver."

Security Minister Gustavo Sánchez said police had arrested 17 suspected gang members in Chamelecón in the past week and promised more patrols on bus routes.

Transport leaders have threatened a national strike if the killings continue.
""",
 E('ATK', 'Unidentified Armed Group (Honduras)', 'Civilians (Honduras)', '2023-07-03', L('San Pedro Sula', 'HN', 'Cortes'), 1, 'A bus driver was shot dead at the wheel of his vehicle'),
 E('PP', 'Protesters (Honduras)', None, '2023-07-04', L('San Pedro Sula', 'HN', 'Cortes'), None, 'hundreds of bus and taxi drivers parked their vehicles across the Boulevard del Sur'),
 E('ATK', 'Barrio 18', 'Civilians (Honduras)', '2023-06-20', L('Tamara', 'HN', 'Francisco Morazan'), 46, 'members of the Barrio 18 gang stormed a rival wing of the women\'s prison', bg=True),
)

# 28 -- Iraq 2024: drone on Khor Mor gas field; earlier attack background; statement threat not coded
A('wire', '2024-04-27', """
SULAYMANIYAH, Iraq (Gulf Desk) - A drone attack on the Khor Mor gas field in Iraq's Kurdistan region killed four Yemeni workers on Friday and forced a halt to production, cutting electricity supplies across the region, officials said.

The drone struck a storage area of the field, in Chamchamal district between Kirkuk and Sulaymaniyah, late on Friday evening, setting a fire that burned for several hours, said a spokesman for Dana Gas, the UAE-based company that operates the field with its partner Crescent Petroleum. Four workers from Yemen were killed and several others were injured, according to the Kurdistan Regional Government's interior ministry.

No group claimed responsibility. Kurdish officials have in the past blamed Iran-backed Iraqi militias for attacks on the field, which supplies gas to power stations producing much of the region's electricity. The militias have not commented.

The Kurdistan Regional Government said the attack was "a terrorist act against the economy of the region" and called on the federal government in Baghdad to find those responsible. The U.S. embassy condemned it.

Khor Mor has been targeted repeatedly. On January 25, 2023, rockets fired from the direction of Kirkuk province struck the field, damaging equipment but causing no casualties. The field was hit several more times in 2022.

Electricity supply in Erbil and Sulaymaniyah fell by about half on Saturday, the regional electricity ministry said, and officials warned of extended power cuts while repairs were carried out. Dana Gas said it expected production to resume within days.

The attack came five days after rockets were fired from Iraqi territory at the Rumeilan base hosting U.S. troops in northeastern Syria, a rare strike since Iran-backed groups announced in February that they would suspend their attacks on American forces. Iraqi security forces later found a burned-out truck used as a launch pad near the border town of Zummar.

Prime Minister Mohammed Shia al-Sudani ordered an investigation into the Khor Mor attack and said those responsible "will not escape justice".
""",
 E('AIR', 'Unidentified Armed Group (Iraq)', 'Civilians (Yemen)', '2024-04-26', L('Khor Mor', 'IQ', 'Sulaymaniyah', 2), 4, 'A drone attack on the Khor Mor gas field'),
 E('SH', 'Unidentified Armed Group (Iraq)', None, '2023-01-25', L('Khor Mor', 'IQ', 'Sulaymaniyah', 2), 0, 'rockets fired from the direction of Kirkuk province struck the field', bg=True),
 E('SH', 'Unidentified Armed Group (Iraq)', 'Military Forces of the United States', '2024-04-21', L('Rumeilan', 'SY', 'Al-Hasakah', 2), None, 'rockets were fired from Iraqi territory at the Rumeilan base', bg=True),
)

# 29 -- Ukraine live blog: several separate incidents same day + toll update for earlier strike
A('web', '2024-05-26', """
Ukraine war live: glide bombs hit Kharkiv hypermarket; drone attack on Dnipro; Russian region reports Ukrainian strike

Updated 26 May 2024, 18:40 | Live coverage by the Eastern Desk

18:40 - Kharkiv toll rises to 16
Rescuers in Kharkiv have pulled more bodies from the burned-out Epicentr hypermarket, raising the toll from Saturday's attack to 16, regional governor Oleh Syniehubov said. Russian aircraft dropped two guided glide bombs on the building in the city's north-west on Saturday afternoon, when about 200 people were inside. More than 40 people were wounded and several are still missing.

16:05 - Drone debris damages Dnipro apartment block
Russian attack drones struck the city of Dnipro overnight, damaging an apartment building and a warehouse, the head of the Dnipropetrovsk regional administration said on Sunday. Two people were injured. Air defences shot down 12 of 14 drones launched across the region, he said.

13:30 - Belgorod governor reports strike on village
Russia's Belgorod regional governor Vyacheslav Gladkov said a Ukrainian drone dropped an explosive on a car in the border village of Shebekino on Sunday morning, killing the driver. Ukraine does not usually comment on such reports.

11:20 - Shelling in Kherson
Russian artillery shelled the Korabelnyi district of Kherson on Sunday morning, killing a 63-year-old man who was working in his garden, the regional prosecutor's office said.

10:00 - What happened yesterday
Besides the strike on the hypermarket, a Russian missile hit a printing house in Kharkiv on Thursday, killing seven employees, as Russia presses a new offensive in the region. President Volodymyr Zelensky called the hypermarket strike "another manifestation of Russian madness" and renewed his appeal for more air defence systems, saying Kharkiv needed two more Patriot batteries.

09:15 - Overnight summary
Ukraine's air force says Russia launched 31 drones and two missiles overnight and that 24 drones were shot down. Russia's defence ministry says it destroyed 103 Ukrainian drones over the past week, without giving details.

Background: Russia's full-scale invasion began in February 2022. The U.N. human rights monitoring mission says more than 11,000 civilians have been killed in Ukraine since then, a figure it says is likely an undercount.
""",
 E('AIR', 'Military Forces of Russia', 'Civilians (Ukraine)', '2024-05-25', L('Kharkiv', 'UA', 'Kharkiv'), 16, 'Russian aircraft dropped two guided glide bombs on the building'),
 E('AIR', 'Military Forces of Russia', 'Civilians (Ukraine)', '2024-05-26', L('Dnipro', 'UA', 'Dnipropetrovsk'), None, 'Russian attack drones struck the city of Dnipro overnight'),
 E('AIR', 'Military Forces of Ukraine', 'Civilians (Russia)', '2024-05-26', L('Shebekino', 'RU', 'Belgorod'), 1, 'a Ukrainian drone dropped an explosive on a car'),
 E('SH', 'Military Forces of Russia', 'Civilians (Ukraine)', '2024-05-26', L('Kherson', 'UA', 'Kherson'), 1, 'Russian artillery shelled the Korabelnyi district of Kherson'),
 E('SH', 'Military Forces of Russia', 'Civilians (Ukraine)', '2024-05-23', L('Kharkiv', 'UA', 'Kharkiv'), 7, 'a Russian missile hit a printing house in Kharkiv on Thursday', bg=True),
)

# 30 -- Chile 2020: anniversary of estallido; churches torched in Santiago; Plaza Baquedano mass rally; 2019 metro arson background
A('web', '2020-10-19', """
Two Santiago churches burned as Chileans mark anniversary of 2019 uprising

By Francisca Soto | Santiago Times Online | 19 October 2020

Hooded demonstrators set fire to two churches in central Santiago on Sunday, as tens of thousands of Chileans gathered to mark one year since the start of the protests that shook the country in October 2019, a week before a referendum on replacing the constitution.

The spire of the Church of the Assumption, near Plaza Baquedano, collapsed in flames in the late afternoon as a crowd cheered, in images broadcast live on television. Earlier, a group of masked people broke into the San Francisco de Borja church, used by the Carabineros police force, and set fire to pews and religious images. Firefighters said nobody was injured in either fire.

Masked youths also looted several shops and threw stones at police water cannon trucks on the Alameda avenue in the evening. The Interior Ministry said 580 people had been arrested across the country and that 18 police officers were injured.

Most of the day was peaceful. From mid-morning, a huge crowd filled Plaza Baquedano, renamed "Plaza Dignidad" by protesters, waving Chilean and Mapuche flags and dancing to music. The Interior Ministry estimated that 25,000 people took part; organisers said many more.

The protests began on October 18, 2019, when students angry at a rise in metro fares jumped turnstiles and the evening turned into a night of rioting in which protesters set fire to more than a dozen metro stations in Santiago and attacked the headquarters of the Enel electricity company. Then-president Sebastián Piñera declared a state of emergency and sent troops into the streets.

More than 30 people died in the months of unrest that followed, and the national human rights institute recorded more than 400 eye injuries caused by police pellets and tear gas canisters.

Piñera's government condemned Sunday's church burnings as "acts of barbarism" and said the perpetrators would be prosecuted. Archbishop Celestino Aós said the attacks were "a wound for the whole of Chile".

Chileans vote on October 25 on whether to draft a new constitution to replace the one written under the military dictatorship of Augusto Pinochet.
""",
 E('VD', 'Rioters (Chile)', None, '2020-10-18', L('Santiago', 'CL', 'Santiago Metropolitan'), 0, 'Hooded demonstrators set fire to two churches in central Santiago'),
 E('PP', 'Protesters (Chile)', None, '2020-10-18', L('Santiago', 'CL', 'Santiago Metropolitan'), None, 'a huge crowd filled Plaza Baquedano'),
 E('VD', 'Rioters (Chile)', None, '2019-10-18', L('Santiago', 'CL', 'Santiago Metropolitan'), None, 'protesters set fire to more than a dozen metro stations in Santiago', bg=True),
)

# 31 -- US anniversary: Minnesota lawmakers shootings, two homes in two towns (two events); no news event
A('local', '2026-06-14', """
A year after lawmakers were targeted, Minnesota Capitol remembers Hortman

By Jenna Lindqvist, Twin Cities Pioneer

ST. PAUL, Minn. — Hundreds of people filled the rotunda of the Minnesota Capitol on Sunday to remember former House Speaker Melissa Hortman and her husband, Mark, one year after they were shot dead in their home by a man posing as a police officer.

On June 14, 2025, the gunman, wearing a latex mask and driving an SUV fitted with police lights, went first to the Champlin home of state Sen. John Hoffman and shot Hoffman and his wife, Yvette, several times; both survived after surgery. About an hour and a half later he forced his way into the Hortmans' home in Brooklyn Park and killed them both, prosecutors say.

The suspect, Vance Boelter, was arrested the following night in rural Sibley County after the largest manhunt in state history. He faces federal murder and stalking charges and state charges of first-degree murder; his federal trial is set to begin in the fall. Prosecutors say he had a list of dozens of Democratic officials and abortion rights advocates.

Gov. Tim Walz told the gathering that Hortman was "the most consequential speaker in Minnesota history" and that the state must reject "the politics of fear." The couple's golden retriever, Gilbert, who was also killed, was remembered in a slideshow that drew quiet laughter.

Hoffman, who still walks with a cane, spoke briefly. "A year ago someone tried to make us afraid to serve," he said. "He failed."

Threats against state lawmakers have increased sharply over the past decade, according to the National Conference of State Legislatures, and several states have since moved to remove legislators' home addresses from public records. The Minnesota Legislature passed such a law this spring.

Security at the Capitol was visible but low-key on Sunday. The State Patrol said the event passed without incident.

A memorial bench honoring the Hortmans will be installed next month outside the Brooklyn Park library.
""",
 E('ATK', 'Unidentified Armed Group (United States)', 'Civilians (United States)', '2025-06-14', L('Champlin', 'US', 'Minnesota'), 0, 'shot Hoffman and his wife, Yvette, several times', bg=True),
 E('ATK', 'Unidentified Armed Group (United States)', 'Civilians (United States)', '2025-06-14', L('Brooklyn Park', 'US', 'Minnesota'), 2, 'forced his way into the Hortmans\' home in Brooklyn Park and killed them both', bg=True),
 E('ARR', 'Police Forces of the United States', 'Unidentified Armed Group (United States)', '2025-06-15', L('Sibley County', 'US', 'Minnesota', 2), None, 'was arrested the following night in rural Sibley County', bg=True),
)

# 32 -- Spain 2017: Catalan referendum, police charges at polling stations in Barcelona and Girona
A('web', '2017-10-02', """
Hundreds hurt as Spanish police storm Catalan polling stations

By Jordi Puig | Iberian Post | 2 October 2017

Spanish national police and Guardia Civil officers fired rubber bullets and beat would-be voters with batons at polling stations across Catalonia on Sunday, as they tried to stop an independence referendum that Spain's Constitutional Court had suspended.

The worst scenes were in Barcelona, where riot police smashed their way into the Ramon Llull school in the Eixample district in the morning and dragged out people who had formed a human chain at the entrance. Outside, officers fired rubber bullets at a crowd on Sardenya street; a 35-year-old man lost the sight in one eye, the Catalan health service said. At the Pau Claris school, video showed officers throwing a woman down a flight of stairs.

In Girona, Guardia Civil officers used hammers to break down the glass door of a sports centre in Sant Julià de Ramis where Catalan president Carles Puigdemont had been due to vote, and pushed back residents who sat on the ground in front of it. Puigdemont voted instead in the nearby village of Cornellà del Terri.

The Catalan government said 844 people needed medical treatment, most with light injuries; four were admitted to hospital. The Spanish interior ministry said 33 police officers had been hurt. Nobody was killed.

Spain's deputy prime minister, Soraya Sáenz de Santamaría, said the police had acted "professionally and proportionately" to enforce court orders. "There has been no referendum," Prime Minister Mariano Rajoy said in a televised address on Sunday evening.

The Catalan government said that 2.26 million people had voted and that 90 percent had backed independence, but turnout was only about 43 percent, and many opponents of independence stayed away. Puigdemont said the result opened the door to a unilateral declaration of independence.

In the afternoon, thousands of people gathered peacefully in Plaça de Catalunya in Barcelona to wait for the results, and the regional police, the Mossos d'Esquadra, did not intervene.

Unions and pro-independence groups have called a general strike across Catalonia for Tuesday. European Commission spokesman Margaritis Schinas said on Monday that violence "can never be an instrument in politics".
""",
 E('EXF', 'Police Forces of Spain', 'Protesters (Spain)', '2017-10-01', L('Barcelona', 'ES', 'Catalonia'), 0, 'fired rubber bullets and beat would-be voters with batons'),
 E('PWI', 'Protesters (Spain)', 'Police Forces of Spain', '2017-10-01', L('Sant Julia de Ramis', 'ES', 'Catalonia'), 0, 'Guardia Civil officers used hammers to break down the glass door'),
 E('PP', 'Protesters (Spain)', None, '2017-10-01', L('Barcelona', 'ES', 'Catalonia'), None, 'thousands of people gathered peacefully in Plaça de Catalunya'),
)

# 33 -- Iran 2022: Mahsa Amini protests; riot in Tehran vs live fire in Oshnavieh; reported deaths in custody
A('web', '2022-09-22', """
Protesters torch police cars in Tehran as deaths mount in Iran's Kurdish towns

By Staff Writer | Persia Report | September 22, 2022

Protesters set fire to police cars and a police kiosk in central Tehran on Wednesday night and clashed with security forces in several districts of the capital, as demonstrations over the death in custody of 22-year-old Mahsa Amini spread for a sixth day, witnesses and videos posted online showed.

Crowds gathered on Keshavarz Boulevard and near Tehran University after dark, chanting "Woman, life, freedom" and "Death to the dictator". Some young men threw stones at riot police on motorcycles, who responded with tear gas and batons. Several women took off their headscarves and burned them in a bonfire in the middle of the road. The Tehran police chief said 40 people had been arrested in the capital.

In the Kurdish town of Oshnavieh, in West Azerbaijan province, security forces fired live ammunition at protesters on Wednesday, killing at least three people, the Norway-based Kurdish rights group Hengaw said. Videos verified by rights groups showed protesters carrying a wounded man and the sound of automatic fire. State media said "rioters" had attacked government buildings in the town and that a member of the Basij militia had been killed in Mashhad.

Amnesty International said it had recorded eight deaths since Monday, including four in Kurdish areas, and accused the security forces of a "brutal crackdown". The authorities have confirmed 17 deaths nationwide, including security personnel, but have not said where they occurred.

Amini, from the Kurdish town of Saqqez, died on Friday after falling into a coma in the custody of the morality police, who had arrested her in Tehran for allegedly wearing her hijab improperly. Her family says she was beaten; the police deny this and say she suffered a heart attack.

Internet monitoring group NetBlocks said mobile internet access had been severely restricted across Iran and that Instagram and WhatsApp had been blocked.

President Ebrahim Raisi, speaking at the U.N. General Assembly in New York, did not mention the protests. The government has organised counter-demonstrations in support of the hijab in several cities for Friday.
""",
 E('VD', 'Rioters (Iran)', 'Police Forces of Iran', '2022-09-21', L('Tehran', 'IR', 'Tehran'), None, 'Protesters set fire to police cars and a police kiosk in central Tehran'),
 E('EXF', 'Police Forces of Iran', 'Protesters (Iran)', '2022-09-21', L('Oshnavieh', 'IR', 'West Azerbaijan'), 3, 'security forces fired live ammunition at protesters'),
)

# 34 -- Gaza 2025: fire on crowd waiting for aid trucks (Attack) vs air strike on house; UN statistic not coded
A('web', '2025-07-21', """
Dozens killed as Israeli troops open fire on crowds waiting for aid in northern Gaza

By Levant Desk | Middle East Eye Witness | July 21, 2025

Israeli troops opened fire on crowds of Palestinians waiting for U.N. food trucks near the Zikim crossing in northern Gaza on Sunday, killing at least 67 people, according to Gaza's civil defence agency, in one of the deadliest incidents involving aid seekers since the war began.

Thousands of people had gathered before dawn on the coastal road north-west of Beit Lahia, where a convoy of 25 World Food Programme trucks had just crossed into the Strip. Witnesses said tanks and soldiers fired towards the crowd as people rushed towards the trucks. "We were only trying to get a bag of flour," said Mahmoud Abu Odeh, who was wounded in the leg. "They fired at us from every side."

The WFP said its convoy "encountered large crowds of hungry civilians" that "came under gunfire" and called the incident unacceptable. The Israeli military said its troops had fired "warning shots" to remove an "immediate threat" from a gathering of thousands of people, and that the death toll it had was "far lower" than the one given by Gaza authorities.

Later on Sunday, an Israeli air strike hit a house in the Sheikh Radwan neighbourhood of Gaza City, killing a woman and her three children, the civil defence said. The military said it had targeted a Hamas militant in the building.

On Monday the military ordered residents of several districts of Deir al-Balah in central Gaza to leave their homes ahead of operations in an area where it had not previously sent ground troops. Aid agencies said the order covered areas housing dozens of humanitarian warehouses.

The U.N. human rights office said last week that it had recorded more than 870 Palestinians killed while seeking food since late May, most of them near distribution sites run by the U.S.- and Israel-backed Gaza Humanitarian Foundation. The GHF disputes the figures.

Gaza's health ministry says more than 58,000 Palestinians have been killed since the war began on October 7, 2023. The ministry said on Sunday that 19 people had died of malnutrition over the weekend.

Pope Leo called for an end to "the barbarity of the war" after a strike last week damaged Gaza's only Catholic church.
""",
 E('ATK', 'Military Forces of Israel', 'Civilians (Palestine)', '2025-07-20', L('Beit Lahia', 'PS', 'Gaza Strip', 2), 67, 'Israeli troops opened fire on crowds of Palestinians waiting for U.N. food trucks'),
 E('AIR', 'Military Forces of Israel', 'Civilians (Palestine)', '2025-07-20', L('Gaza City', 'PS', 'Gaza Strip'), 4, 'an Israeli air strike hit a house in the Sheikh Radwan neighbourhood'),
)

# 35 -- near miss: documentary review about 2004 Madrid bombings; one background event only
A('web', '2024-03-10', """
Review: '11-M: Trains of Atocha' gives voice to the survivors Spain almost forgot

By Lucía Herrero | Screen & Society | 10 March 2024

Twenty years after the morning that changed Spain, a new documentary returns to the platforms of Atocha station with a simple idea: let the people who were there do the talking.

Director Marta Gil's "11-M: Trains of Atocha", which premiered on Saturday at the Málaga Film Festival and reaches cinemas on Monday, the anniversary, contains almost no archive footage of explosions, and no politicians. Instead, for 96 minutes, we listen to survivors, firefighters, nurses and a train driver reconstruct the attack minute by minute.

On March 11, 2004, ten bombs hidden in sports bags exploded on four packed commuter trains heading into Madrid during the morning rush hour, killing 191 people and injuring about 1,800. The attack was carried out by a cell inspired by al-Qaeda. It remains the deadliest terrorist attack in Spain's history.

The film is strongest when it dwells on small details: the mobile phones ringing among the wreckage, the woman who still cannot hear the opening bars of a certain pop song, the emergency doctor who explains how he chose, in seconds, who to treat first. A long sequence in which a former commuter walks the route of her daily train, station by station, is almost unbearable.

Gil is less convincing when she tries to explain the political battle that followed, in which the government of José María Aznar initially blamed the Basque separatist group ETA, an error that many believe cost his party the election three days later. A few minutes of television clips cannot do justice to a controversy that divided the country for years.

The survivors interviewed are scathing about that period. "They fought over our dead," says Pilar Manjón, whose son was killed. It is one of the few moments of open anger in a film that is otherwise marked by restraint.

Not every viewer will want to relive that morning. But as the generation born after 2004 reaches adulthood, "Trains of Atocha" is a reminder of what terrorism does to ordinary lives, and of what remembering requires. Four stars out of five.
""",
 E('IED', 'Unidentified Armed Group (Spain)', 'Civilians (Spain)', '2004-03-11', L('Madrid', 'ES', 'Madrid'), 191, 'ten bombs hidden in sports bags exploded on four packed commuter trains', bg=True),
)

# 36 -- US local sheriff press release: weapons cache and pipe bombs seized at militia compound, arrests
A('local', '2023-08-17', """
Kootenai County Sheriff's Office - Press Release

FOR IMMEDIATE RELEASE - Aug. 17, 2023

Deputies seize explosive devices, rifles in search of rural compound; two men arrested

COEUR D'ALENE, Idaho — Kootenai County Sheriff's deputies, assisted by agents of the FBI and the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF), served a search warrant Wednesday morning at a rural property north of Rathdrum and seized three suspected pipe bombs, 14 firearms and several thousand rounds of ammunition, the Sheriff's Office said.

Two men who live on the property, ages 42 and 37, were arrested without incident and booked into the Kootenai County Jail on charges of unlawful possession of destructive devices and felon in possession of a firearm. Their names are being withheld pending their first court appearance Friday.

The search followed a two-month investigation that began after a tipster reported that one of the men had discussed on a private messaging channel plans to attack a power substation in the region. Investigators found no evidence that an attack had been imminent, Sheriff Bob Norris said, "but the combination of explosive devices and talk of targeting critical infrastructure is something we take extremely seriously."

The Idaho State Police bomb squad rendered the three devices safe at the scene. Nearby residents on West Lancaster Road were asked to shelter in place for about two hours while the devices were handled. Nobody was injured.

Both men have ties to a self-described militia group active in north Idaho and eastern Washington, investigators said. The Sheriff's Office said it would not name the group at this time.

Federal officials have warned repeatedly about plots against the power grid. In February, federal prosecutors charged a Maryland woman and a Florida man with conspiring to attack substations around Baltimore; no attack took place.

The investigation is ongoing. Anyone with information is asked to call the Kootenai County Sheriff's Office tip line.

Media contact: Sgt. Ryan Higbee, Public Information Officer
""",
 E('DWU', 'Police Forces of the United States', 'Unidentified Armed Group (United States)', '2023-08-16', L('Rathdrum', 'US', 'Idaho', 2), 0, 'seized three suspected pipe bombs, 14 firearms'),
)

# 37 -- Netherlands 2024: banned demo dispersed in Amsterdam; Nov 7 attacks on Maccabi fans background
A('web', '2024-11-14', """
Amsterdam police detain dozens at banned pro-Palestinian protest a week after attacks on Israeli fans

By Sanne de Vries | Dutch News Observer | 14 November 2024

Police in Amsterdam detained about 50 people on Wednesday evening as they broke up a pro-Palestinian demonstration on Dam Square held in defiance of a city-wide ban imposed after last week's violence against Israeli football supporters.

Several hundred protesters gathered in the square shortly after 6 p.m., waving Palestinian flags and chanting slogans against the war in Gaza. Riot police surrounded the group and ordered it to disperse, then began removing people one by one and loading them onto buses. Police said 50 people were detained for violating the emergency ordinance and were released later in the evening. Nobody was injured.

Mayor Femke Halsema had banned all demonstrations in the city until Thursday after the events of November 7, when groups of young men on scooters and on foot chased and beat supporters of Maccabi Tel Aviv in several parts of the city centre after a Europa League match against Ajax. Five people were treated in hospital and 20 to 30 suffered minor injuries. Israeli fans had earlier torn down a Palestinian flag and chanted anti-Arab slogans, according to police.

Prosecutors said on Wednesday that they had identified 45 suspects in connection with the violence and that eight people remained in custody. Four of them are suspected of attempted manslaughter.

The violence drew international condemnation and sparked a political row in the Netherlands. On Monday night, youths set fire to a tram and threw fireworks at police in the Nieuw-West district, in what police described as unrest fuelled by online calls for revenge. No one was hurt, and five people were arrested.

"Our city has been deeply wounded," Halsema said on Wednesday. "Antisemitism and hatred of Muslims are both poison. I will not allow people to take the law into their own hands."

Organisers of Wednesday's protest, a coalition of left-wing and Palestinian groups, said the ban was a disproportionate restriction of the right to demonstrate and that they would challenge it in court. A second demonstration is planned for Sunday, after the ban expires.

The Dutch cabinet was meeting on Thursday to discuss measures against antisemitism, including stricter enforcement against hate speech online.
""",
 E('PWI', 'Protesters (Netherlands)', 'Police Forces of the Netherlands', '2024-11-13', L('Amsterdam', 'NL', 'North Holland'), 0, 'detained about 50 people on Wednesday evening as they broke up a pro-Palestinian demonstration'),
 E('MOB', 'Rioters (Netherlands)', 'Civilians (Israel)', '2024-11-07', L('Amsterdam', 'NL', 'North Holland'), None, 'chased and beat supporters of Maccabi Tel Aviv', bg=True),
 E('VD', 'Rioters (Netherlands)', 'Police Forces of the Netherlands', '2024-11-11', L('Amsterdam', 'NL', 'North Holland'), 0, 'youths set fire to a tram and threw fireworks at police'),
)

# 38 -- Ireland court story: Dublin riot sentencing; background stabbing and riot same day
A('web', '2025-02-19', """
Man jailed for five years over Dublin riot as judge says city was 'held to ransom'

By Ciarán Doyle | Irish Courts Report | 19 February 2025

A 32-year-old man who set fire to a Garda car and threw a bicycle at officers during the Dublin riot of November 2023 was sentenced to five years and six months in prison on Tuesday, one of the longest terms yet handed down over the disorder.

Judge Martin Nolan told Dublin Circuit Criminal Court that the defendant had been "at the very heart" of the violence on O'Connell Street and that the city had been "held to ransom by a mob". The man, from Coolock, pleaded guilty to violent disorder, criminal damage and assaulting a garda.

The court heard that CCTV footage showed him pouring accelerant into a patrol car on Cathal Brugha Street and later hurling a bicycle at a line of gardaí on Parnell Square. He told gardaí he had been "caught up in the moment" after reading messages on social media.

The riot broke out on the evening of November 23, 2023, hours after a man stabbed three young children and a care worker outside a primary school on Parnell Square East. A five-year-old girl was seriously injured. That afternoon, after false claims about the attacker's nationality spread online, rioters set buses, a tram and Garda vehicles alight, looted shops and attacked gardaí in the city centre. Nobody died in the riot.

Gardaí say more than 60 people have now been convicted over the disorder and that about 130 have been charged. Compensation claims by businesses have reached about €20 million.

The man accused of the school stabbing, a naturalised Irish citizen originally from Algeria, is due to stand trial later this year. Gardaí said at the time that they were treating the attack as unrelated to terrorism.

Justice Minister Jim O'Callaghan welcomed the sentence and said new laws on the use of facial recognition technology would help gardaí identify rioters in future. Civil liberties groups have opposed the measure.

Outside the court, a barrister for the defence said his client intended to appeal the severity of the sentence.
""",
 E('ATK', 'Unidentified Armed Group (Ireland)', 'Civilians (Ireland)', '2023-11-23', L('Dublin', 'IE', 'Leinster'), None, 'a man stabbed three young children and a care worker', bg=True),
 E('VD', 'Rioters (Ireland)', 'Police Forces of Ireland', '2023-11-23', L('Dublin', 'IE', 'Leinster'), 0, 'rioters set buses, a tram and Garda vehicles alight', bg=True),
)

# 39 -- Syria 2025: Alawite villagers killed near Homs; March coastal massacre background; denial by authorities
A('web', '2025-05-12', """
Gunmen kill three Alawite farmers near Homs as sectarian fears grip Syria's countryside

By Rami Haddad | Syria Direct Report | 12 May 2025

Gunmen shot dead three Alawite men as they worked in their fields near the village of Fahel, west of the central Syrian city of Homs, on Sunday afternoon, relatives and a local monitoring network said.

The men, two brothers and their cousin, were harvesting wheat when a pickup truck carrying five armed men in military-style clothing stopped at the edge of the field, a relative told Syria Direct Report by phone. "They asked them their names and where they were from, and then they shot them," he said. A fourth man, who hid in an irrigation ditch, escaped and raised the alarm.

The Homs security directorate, which is run by the new government in Damascus, said it had opened an investigation and that "outlaw elements" were responsible. It denied reports circulating on social media that its own members had taken part. "Anyone who harms civilians will be held accountable, whoever they are," a spokesman said.

The killings were the latest in a series of attacks on members of the Alawite minority, the sect of former president Bashar al-Assad, since his overthrow in December. Residents of villages in the Homs countryside say they are afraid to go out to their fields. The Syrian Observatory for Human Rights says it has documented more than 200 killings of Alawite civilians outside the coastal region since January, a figure that could not be verified.

The worst violence came in March, when government forces and allied fighters moved into the coastal provinces after an attack on security personnel by Assad loyalists. On March 7, gunmen killed dozens of Alawite civilians in the al-Qusour district of Baniyas, going from house to house, according to survivors and rights groups. A national fact-finding committee set up by interim President Ahmed al-Sharaa is due to publish its report in July.

On Monday, a few hundred Alawite residents staged a sit-in outside the governorate building in Homs, calling for protection and for those responsible for Sunday's killings to be arrested. Security forces watched the protest, which ended peacefully.

Al-Sharaa has repeatedly promised to protect all of Syria's communities, but rights groups say accountability has been limited.
""",
 E('ATK', 'Unidentified Armed Group (Syria)', 'Civilians (Syria)', '2025-05-11', L('Fahel', 'SY', 'Homs', 2), 3, 'Gunmen shot dead three Alawite men'),
 E('ATK', 'Unidentified Armed Group (Syria)', 'Civilians (Syria)', '2025-03-07', L('Baniyas', 'SY', 'Tartus'), 12, 'gunmen killed dozens of Alawite civilians in the al-Qusour district of Baniyas', bg=True),
 E('PP', 'Protesters (Syria)', None, '2025-05-12', L('Homs', 'SY', 'Homs'), None, 'a few hundred Alawite residents staged a sit-in'),
)

# 40 -- Kosovo 2023: Banjska attack; armed clash, police retake monastery, arrests
A('wire', '2023-09-25', """
PRISTINA, Kosovo (Balkan Press) - Kosovo police regained control on Sunday evening of an Orthodox monastery in the northern village of Banjska after a day-long gunfight with heavily armed Serb gunmen in which a Kosovo police officer and three attackers were killed, officials said.

About 30 masked gunmen in combat gear had blocked the entrance to the village with two trucks before dawn on Sunday and opened fire on a police patrol that came to remove them, killing Sergeant Afrim Bunjaku and wounding another officer, Prime Minister Albin Kurti said. The gunmen then barricaded themselves in the monastery, where about a dozen pilgrims from Serbia were staying.

Police special units exchanged fire with the group for several hours and recaptured the monastery complex after nightfall. Interior Minister Xhelal Sveçla said three gunmen were killed and that some others fled across the forested hills towards Serbia. Police found a large arsenal of weapons, including mortars, rocket launchers, anti-tank mines and more than 20 armoured vehicles, in and around the village.

Police said on Monday they had arrested three suspects near Banjska on Sunday night, two of them wounded, who were being treated in hospital under guard in Pristina.

Kurti accused Serbia of organising and financing the attack, calling the gunmen "professionals" backed by Belgrade. Serbian President Aleksandar Vučić denied any involvement and said the gunmen were local Serbs who had rebelled against "Kurti's terror", while condemning the killing of the police officer.

The clash was the most serious in Kosovo in years. Tensions in the Serb-majority north have been high since May, when ethnic Serb protesters clashed with NATO peacekeepers in the town of Zvečan, injuring more than 30 soldiers, after ethnic Albanian mayors took office in municipal buildings there.

The European Union and the United States condemned the attack and urged both sides to avoid escalation. NATO said its KFOR peacekeeping force was ready to act if necessary.

Kosovo declared a day of mourning on Monday. The Serbian Orthodox diocese of Raška-Prizren condemned the violence and said the clergy and pilgrims had locked themselves in the guest house during the fighting.
""",
 E('GRT', 'Police Forces of Kosovo', 'Unidentified Armed Group (Kosovo)', '2023-09-24', L('Banjska', 'XK', 'Mitrovica'), 4, 'regained control on Sunday evening of an Orthodox monastery'),
 E('DWU', 'Police Forces of Kosovo', 'Unidentified Armed Group (Kosovo)', '2023-09-24', L('Banjska', 'XK', 'Mitrovica'), None, 'Police found a large arsenal of weapons'),
 E('ARR', 'Police Forces of Kosovo', 'Unidentified Armed Group (Kosovo)', '2023-09-24', L('Banjska', 'XK', 'Mitrovica', 2), None, 'they had arrested three suspects'),
 E('VD', 'Rioters (Kosovo)', 'KFOR: Kosovo Force', '2023-05', L('Zvecan', 'XK', 'Mitrovica'), None, 'ethnic Serb protesters clashed with NATO peacekeepers', bg=True),
)

# 41 -- Brazil 2023: police raid gunfight in Salvador (armed clash), residents torch bus (riot); statistic not coded
A('local', '2023-09-06', """
Six suspects killed in police operation in Salvador's Valéria neighborhood; residents set bus on fire

By Tiago Nascimento | Bahia Hoje English Desk

SALVADOR, BA — Six men were killed on Tuesday during a Bahia Military Police operation in the Valéria neighborhood on the outskirts of Salvador, the state Public Security Secretariat (SSP-BA) said, the latest in a series of deadly raids that have made Bahia's police the deadliest in Brazil.

According to the SSP-BA, officers from the special operations battalion entered the neighborhood before dawn to arrest suspected members of the Comando Vermelho faction accused of drug trafficking and homicides. The police said the suspects opened fire on the officers, who returned fire. Six men were hit and died at the scene or on the way to hospital. Two rifles, four pistols and a quantity of cocaine were seized, the secretariat said. No officers were hurt.

Relatives disputed the police account. "My nephew was a motorcycle delivery driver, he was not involved in anything," said a woman who did not want to be named, standing outside the morgue. Residents said officers had entered homes without warrants.

Hours after the operation, a group of residents set fire to a city bus on the Estrada Velha de Valéria and blocked the road with burning tires, forcing police to divert traffic for most of the afternoon. No one was injured in the fire, the bus company said.

Bahia's police killed more than 1,400 people in 2022, according to the Brazilian Public Security Forum, more than any other state force in the country. The state government, run by the Workers' Party, says its forces are confronting heavily armed factions that have been fighting each other for control of the drug trade.

Federal Justice Minister Flávio Dino said this week that he would send Federal Highway Police and National Force officers to help the state. Human rights groups and the Bahia Public Defender's Office called for an independent investigation of Tuesday's deaths and for body cameras to be made compulsory for officers.

The Comando Vermelho and the local Bonde do Maluco faction have been at war in Salvador since last year, and the city recorded its highest number of homicides in a decade in 2022.
""",
 E('AC', 'Police Forces of Brazil', 'Comando Vermelho', '2023-09-05', L('Salvador', 'BR', 'Bahia'), 6, 'Six men were killed on Tuesday during a Bahia Military Police operation'),
 E('VD', 'Rioters (Brazil)', None, '2023-09-05', L('Salvador', 'BR', 'Bahia'), 0, 'a group of residents set fire to a city bus'),
)

# 42 -- Turkey 2025: May Day arrests at Taksim; 1977 Taksim massacre background; peaceful rally in Kadikoy
A('web', '2025-05-02', """
Istanbul police detain over 400 as May Day marchers try to reach Taksim

By Deniz Aydın | Bosphorus Bulletin | 2 May 2025

Turkish police detained more than 400 people in Istanbul on Thursday as they prevented May Day marchers from reaching Taksim Square, which has been closed to Labour Day rallies for most of the past decade, the city governor's office said.

Groups of trade unionists and left-wing activists tried to walk towards the square from the Beşiktaş and Şişli districts in the morning, but found the roads sealed off by riot police with metal barriers. When some marchers tried to push through the lines in Beşiktaş, police fired pepper spray and tear gas and detained people by the dozen, dragging them onto police buses. Istanbul governor Davut Gül said 407 people had been detained across the city and that 13 police officers had been slightly injured. No one was seriously hurt.

Public transport was suspended in central districts and several metro stations were closed for most of the day.

The authorities had designated the Kadıköy district, on the Asian side of the city, as the official rally site. Tens of thousands of people gathered peacefully there in the afternoon, listening to speeches by union leaders who called for higher wages and the release of the jailed mayor of Istanbul, Ekrem İmamoğlu.

Taksim has a powerful symbolic meaning for Turkey's left. On May 1, 1977, unidentified gunmen opened fire from nearby buildings on a crowd of hundreds of thousands of people at a rally in the square, and 34 people were killed, many of them crushed in the stampede that followed. No one has ever been convicted of the killings.

The square was also the starting point of the 2013 Gezi Park protests, and the government has argued since then that mass rallies there are a security risk. The Constitutional Court ruled in 2023 that banning May Day rallies in Taksim violated the right to assembly, but the governor's office has continued to refuse permission.

Main opposition CHP leader Özgür Özel condemned the detentions. "Labour Day is not a crime," he said. Interior Minister Ali Yerlikaya said on social media that the police had prevented "illegal groups" from provoking chaos.
""",
 E('PWI', 'Protesters (Turkey)', 'Police Forces of Turkey', '2025-05-01', L('Istanbul', 'TR', 'Istanbul'), 0, 'detained more than 400 people in Istanbul'),
 E('PP', 'Protesters (Turkey)', None, '2025-05-01', L('Kadikoy', 'TR', 'Istanbul'), None, 'Tens of thousands of people gathered peacefully there'),
 E('ATK', 'Unidentified Armed Group (Turkey)', 'Protesters (Turkey)', '1977-05-01', L('Istanbul', 'TR', 'Istanbul'), 34, 'unidentified gunmen opened fire from nearby buildings', bg=True),
)

# 43 -- Sweden 2022: Easter riots over Quran-burning rallies in Norrkoping and Malmo; police warning shots
A('web', '2022-04-18', """
Police fire shots as Easter riots over Quran-burning rallies spread to Norrköping and Malmö

By Erik Lindberg | Nordic Times Online | 18 April 2022

Swedish police fired live rounds at rioters in Norrköping on Sunday, wounding three people, as violence over planned rallies by an anti-Islam activist who burns copies of the Quran spread to a fourth day, police said.

Several hundred mostly young people gathered in the Navestad district of Norrköping in the afternoon, where Danish-Swedish politician Rasmus Paludan had announced a rally, and threw stones at police and set fire to cars. Police said officers fired "warning shots" and then aimed shots at the crowd when they felt their lives were in danger. Three men were hit in the legs and taken to hospital. Police said 17 people were arrested. Nobody was killed. Paludan did not appear.

In Malmö, rioters set fire to a city bus and several cars in the Rosengård district late on Saturday night and threw stones at police and firefighters, police said. The bus driver and passengers got off before the bus went up in flames, and no one was injured.

The violence began on Thursday in the eastern city of Linköping, where Paludan's supporters held a brief rally under police protection and counter-demonstrators threw stones at officers. In Örebro on Friday, rioters set fire to four police cars. National Police Chief Anders Thornberg said more than 100 officers had been injured since Thursday and that 20 police vehicles had been destroyed. "I have never seen such violent riots," he said.

Paludan, whose Stram Kurs party wants to ban Islam in Denmark, has burned copies of the Quran at rallies in Sweden and Denmark in recent years. His rallies are legal under Swedish free speech laws, which the government has defended while condemning the riots.

Prime Minister Magdalena Andersson said on Monday that those responsible for the violence would be prosecuted and that police would receive the resources they need. Muslim organisations condemned both the Quran burnings and the riots.

Police said they had information that some of the rioters had links to criminal gangs and had travelled from other cities. Paludan has said he plans further rallies in the coming weeks.
""",
 E('VD', 'Rioters (Sweden)', 'Police Forces of Sweden', '2022-04-17', L('Norrkoping', 'SE', 'Ostergotland'), 0, 'Swedish police fired live rounds at rioters in Norrköping'),
 E('VD', 'Rioters (Sweden)', 'Police Forces of Sweden', '2022-04-16', L('Malmo', 'SE', 'Skane'), 0, 'rioters set fire to a city bus and several cars in the Rosengård district'),
 E('VD', 'Rioters (Sweden)', 'Police Forces of Sweden', '2022-04-14', L('Linkoping', 'SE', 'Ostergotland'), None, 'counter-demonstrators threw stones at officers', bg=True),
 E('VD', 'Rioters (Sweden)', 'Police Forces of Sweden', '2022-04-15', L('Orebro', 'SE', 'Orebro'), None, 'rioters set fire to four police cars', bg=True),
)

# 44 -- Germany 2024: AfD congress in Essen; blockade clashes (riot) and large peaceful march same city/day
A('web', '2024-06-30', """
Police officers injured as protesters try to block AfD party congress in Essen

By Jonas Keller | Rhine-Ruhr Online | 30 June 2024

Thousands of demonstrators tried to block access to the Alternative for Germany (AfD) party congress in the western city of Essen on Saturday, and clashes with police left 28 officers injured, two of them seriously, police said.

Protesters who had gathered before dawn near the Grugahalle, where about 600 delegates were meeting, tried to stop delegates reaching the venue by sitting on access roads and pushing through police lines. Police said some protesters kicked and punched officers and threw bottles, and that officers used pepper spray and batons. Two officers were knocked to the ground and kicked in the head, Essen police chief Andreas Stüve said. Several protesters were also injured, according to organisers, who accused the police of heavy-handed tactics. Police detained 11 people.

Later in the day, tens of thousands of people joined a colourful and peaceful march through the city centre under the slogan "Together against the far right". Police estimated the crowd at about 50,000; organisers put it at 70,000.

North Rhine-Westphalia's interior minister, Herbert Reul, condemned the attacks on officers. "Whoever beats police officers is not fighting for democracy," he said. The alliance "Widersetzen", which organised the blockades, said the vast majority of its supporters had remained peaceful and that the police had started the escalation.

Inside the hall, delegates re-elected Alice Weidel and Tino Chrupalla as co-leaders. The party, which came second in Germany in the European Parliament elections this month, is expected to win regional elections in the eastern states of Saxony and Thuringia in September.

Politicians of the AfD have frequently been targeted during election campaigns. In May, a man attacked an AfD local councillor in Mannheim with a knife. Earlier, in Dresden on May 3, four young men beat up Matthias Ecke, an SPD member of the European Parliament, as he was putting up campaign posters.

The federal domestic intelligence agency classifies the AfD as a suspected right-wing extremist organisation, a designation the party is challenging in court.
""",
 E('VD', 'Rioters (Germany)', 'Police Forces of Germany', '2024-06-29', L('Essen', 'DE', 'North Rhine-Westphalia'), None, 'tried to block access to the Alternative for Germany (AfD) party congress'),
 E('PP', 'Protesters (Germany)', None, '2024-06-29', L('Essen', 'DE', 'North Rhine-Westphalia'), None, 'tens of thousands of people joined a colourful and peaceful march'),
 E('ATK', 'Unidentified Armed Group (Germany)', 'Civilians (Germany)', '2024-05', L('Mannheim', 'DE', 'Baden-Wurttemberg'), None, 'a man attacked an AfD local councillor in Mannheim with a knife', bg=True),
 E('ATK', 'Unidentified Armed Group (Germany)', 'Civilians (Germany)', '2024-05-03', L('Dresden', 'DE', 'Saxony'), None, 'four young men beat up Matthias Ecke', bg=True),
)

# 45 -- Mexico 2024: Ayotzinapa 10th anniversary; riot in Chilpancingo, march in CDMX; 2014 attack and disappearance background
A('web', '2024-09-27', """
Ten years on, Ayotzinapa parents march in Mexico City as students torch vehicles in Chilpancingo

By Valeria Torres | Mexico News Network | September 27, 2024

Thousands of people marched through Mexico City on Thursday behind the parents of the 43 students who disappeared in Iguala ten years ago, demanding that the government of outgoing President Andrés Manuel López Obrador tell them the truth about what happened to their sons.

The march, led by the parents carrying portraits of the students, set off from the Angel of Independence and ended in the Zócalo, where relatives accused the army of hiding information. Police kept their distance and the march ended peacefully in the evening.

In Chilpancingo, the capital of Guerrero state, students from the Ayotzinapa rural teachers' college rammed a truck into the gate of the state prosecutor's office and set fire to two vehicles parked outside on Thursday morning, before throwing firecrackers at riot police who pushed them back with shields. Several officers were slightly hurt. No one died.

On the night of September 26, 2014, municipal police and gunmen of the Guerreros Unidos cartel opened fire on buses carrying students from the college in Iguala, killing six people, including three students, a footballer on a team bus and two passers-by. The same night, officers detained 43 students and handed them over to the cartel, according to the federal investigation. Only three of them have been identified from charred bone fragments.

A truth commission set up by López Obrador concluded in 2022 that the disappearance was "a state crime" involving local, state and federal officials, and dozens of soldiers and police have been arrested. But parents say the investigation has stalled, and in recent months they have broken off talks with the president.

"Ten years, three governments, and we still don't know where our children are," said Mario González, whose son César Manuel was among the 43. "We will not stop."

President-elect Claudia Sheinbaum, who takes office on Tuesday, has promised to meet the parents and to continue the investigation.
""",
 E('PP', 'Protesters (Mexico)', None, '2024-09-26', L('Mexico City', 'MX', 'Ciudad de Mexico'), None, 'Thousands of people marched through Mexico City on Thursday'),
 E('VD', 'Rioters (Mexico)', 'Police Forces of Mexico', '2024-09-26', L('Chilpancingo', 'MX', 'Guerrero'), 0, 'rammed a truck into the gate of the state prosecutor\'s office'),
 E('ATK', 'Police Forces of Mexico', 'Civilians (Mexico)', '2014-09-26', L('Iguala', 'MX', 'Guerrero'), 6, 'opened fire on buses carrying students from the college in Iguala', bg=True),
 E('ABD', 'Police Forces of Mexico', 'Civilians (Mexico)', '2014-09-26', L('Iguala', 'MX', 'Guerrero'), None, 'officers detained 43 students and handed them over to the cartel', bg=True),
)

# 46 -- US 2021: Brooklyn Center police shooting, unrest that night; 2020 Third Precinct background
A('local', '2021-04-12', """
Curfew ordered after night of unrest in Brooklyn Center following fatal police shooting

By Marcus Hill, North Metro Sun-Post

BROOKLYN CENTER, Minn. — Gov. Tim Walz imposed a curfew across the Twin Cities on Monday after a night of protests and looting that followed the fatal shooting of a 20-year-old Black man by a Brooklyn Center police officer during a traffic stop.

Daunte Wright was shot once in the chest on Sunday afternoon after officers pulled him over on 63rd Avenue North and tried to arrest him on an outstanding warrant, his family and police said. Wright got back into his car and drove several blocks before crashing; he died at the scene. Police Chief Tim Gannon said Monday that the officer had meant to use her Taser and fired her handgun "by accident," and released body camera video.

By Sunday evening, several hundred people had gathered outside the Brooklyn Center Police Department. Some threw rocks, bottles and fireworks at officers in riot gear guarding the building, and police responded with tear gas, flash-bang grenades and rubber bullets. About 20 businesses at the nearby Shingle Creek Crossing shopping center were broken into and looted overnight, Minnesota Public Safety Commissioner John Harrington said. No one was killed, and about 40 people were arrested.

The shooting happened about 10 miles from the Minneapolis courthouse where former officer Derek Chauvin is on trial for the murder of George Floyd. During the unrest that followed Floyd's death, on May 28, 2020, rioters overran and set fire to the Minneapolis Police Department's Third Precinct station after officers evacuated the building.

On Monday afternoon, a crowd of a few hundred people gathered peacefully outside the police station, where relatives of Wright called for justice and for calm. "We want justice, not burning," his aunt, Naisha Wright, told the crowd.

The Brooklyn Center City Council voted on Monday to give the mayor command of the police department, and the city manager was fired. The Hennepin County attorney's office said it would decide on charges after the Bureau of Criminal Apprehension completes its investigation.

The Minnesota National Guard said it had deployed more than 500 soldiers to the area.
""",
 E('ATK', 'Police Forces of the United States', 'Civilians (United States)', '2021-04-11', L('Brooklyn Center', 'US', 'Minnesota'), 1, 'Daunte Wright was shot once in the chest'),
 E('VD', 'Rioters (United States)', 'Police Forces of the United States', '2021-04-11', L('Brooklyn Center', 'US', 'Minnesota'), 0, 'Some threw rocks, bottles and fireworks at officers'),
 E('VD', 'Rioters (United States)', 'Police Forces of the United States', '2020-05-28', L('Minneapolis', 'US', 'Minnesota'), None, 'rioters overran and set fire to the Minneapolis Police Department\'s Third Precinct station', bg=True),
 E('PP', 'Protesters (United States)', None, '2021-04-12', L('Brooklyn Center', 'US', 'Minnesota'), None, 'a crowd of a few hundred people gathered peacefully outside the police station'),
)

# 47 -- Nicaragua 2018: Mothers' Day march attacked by pro-government gunmen; nationwide total not coded
A('web', '2018-05-31', """
Pro-government gunmen fire on Mothers' Day march in Managua, killing at least eight

By Ana Lucía Cerrato | Central America Now | May 31, 2018

Hooded gunmen loyal to President Daniel Ortega fired on a huge march in Managua on Wednesday that had been called in honour of the mothers of young people killed in six weeks of protests, killing at least eight people, human rights groups said.

Tens of thousands of people had marched peacefully from the Jean Paul Genie roundabout towards the Central American University (UCA) carrying blue-and-white flags. As the crowd approached the national stadium in the late afternoon, men in civilian clothes armed with rifles and pistols began shooting at the marchers from the stadium grounds and from pickup trucks, witnesses said. Video showed people running for cover and carrying wounded men into the university campus.

The Nicaraguan Centre for Human Rights (Cenidh) said eight people had been killed in Managua, most of them shot in the head or chest, and dozens were injured. The Jesuit-run university said it had given shelter to about 2,000 marchers. "It was a massacre," said a UCA official.

The government blamed "right-wing groups" for the violence and said a pro-government rally held on the same day had also been attacked. Vice President Rosario Murillo, Ortega's wife, called for peace on state television.

The Inter-American Commission on Human Rights says that at least 76 people were killed in the first month of the protests, which began on April 18 over a social security reform and became a movement demanding Ortega's resignation. On April 20, police and pro-government groups shot dead several students in clashes around the Polytechnic University in Managua, according to the commission.

In Estelí, in the north of the country, protesters set up barricades of paving stones on the main roads on Wednesday and there were reports of shooting near the town hall, but no casualties were confirmed.

The Catholic bishops, who have been mediating talks between the government and the opposition, suspended the dialogue on Wednesday night, saying it could not continue while the "repression" went on.
""",
 E('ATK', 'Pro-Government Militia (Nicaragua)', 'Protesters (Nicaragua)', '2018-05-30', L('Managua', 'NI', 'Managua'), 8, 'fired on a huge march in Managua'),
 E('ATK', 'Police Forces of Nicaragua', 'Protesters (Nicaragua)', '2018-04-20', L('Managua', 'NI', 'Managua'), 10, 'shot dead several students', bg=True),
 E('PP', 'Protesters (Nicaragua)', None, '2018-05-30', L('Esteli', 'NI', 'Esteli'), None, 'protesters set up barricades of paving stones on the main roads'),
)

# 48 -- Lebanon 2021: Tayouneh clashes Beirut; army arrests; 2020 port explosion (accident) not coded
A('wire', '2021-10-15', """
BEIRUT (Levant News Agency) - Lebanon held a day of mourning on Friday after gunfire erupted at a protest organised by Hezbollah and its ally Amal in Beirut, setting off hours of street battles that killed seven people in the worst violence in the capital in more than a decade.

The shooting began on Thursday morning as hundreds of Hezbollah and Amal supporters marched towards the Justice Palace to demand the removal of Tarek Bitar, the judge investigating last year's port explosion. Snipers fired from the upper floors of buildings in the Christian neighbourhood of Ain al-Remmaneh, hitting marchers at the Tayouneh roundabout, the two Shi'ite movements said. Armed men from both sides then fought with automatic rifles and rocket-propelled grenades across the old civil war front line for about five hours.

Seven people were killed, including a woman who was shot in the head while at home in her apartment, the army said, and more than 30 were wounded. Hezbollah and Amal said all of the dead were their supporters and accused the Christian Lebanese Forces party of organising an ambush. Lebanese Forces leader Samir Geagea denied the accusation and said residents had been defending their neighbourhood after Hezbollah supporters entered it.

The army deployed heavily in the area and said on Friday it had arrested nine people, including a Syrian national, in connection with the shooting. Army patrols and checkpoints remained in place on Friday and schools and banks in the area were closed.

The port explosion of August 4, 2020, caused by hundreds of tonnes of ammonium nitrate that had been stored unsafely for years, killed more than 215 people and devastated large parts of the capital. Hezbollah accuses Bitar of bias after he summoned former ministers allied to the group for questioning.

Prime Minister Najib Mikati called for calm and said he would not allow the country to return to civil war. The images of gunmen firing from behind rubbish bins and parked cars revived memories of the 1975-1990 conflict, which began with clashes in the same area.

The United States, France and the United Nations called on all sides to exercise restraint and let the investigation proceed.
""",
 E('AC', 'Hezbollah', 'Unidentified Armed Group (Lebanon)', '2021-10-14', L('Beirut', 'LB', 'Beirut'), 7, 'gunfire erupted at a protest organised by Hezbollah and its ally Amal'),
 E('ARR', 'Military Forces of Lebanon', None, '2021-10-15', L('Beirut', 'LB', 'Beirut'), None, 'it had arrested nine people'),
)

# 49 -- UK 2024: Palestine Action break-in at Elbit site in Filton; arrests; near-miss threats
A('local', '2024-08-07', """
Ten arrested after activists smash their way into Bristol defence factory; officers hurt

By Rachel Hughes, Bristol Evening Observer

FILTON, Glos — Ten people were arrested on Tuesday after activists drove a converted prison van through the perimeter fence of a site run by Israeli defence firm Elbit Systems UK in Filton, on the northern edge of Bristol, and smashed equipment inside, Avon and Somerset Police said.

The group, which the pro-Palestinian network Palestine Action said was acting on its behalf, broke into the building at about 4.30am and attacked machinery and computers with sledgehammers and crowbars. When police and security staff arrived, two police officers and a security guard were injured, one of them an officer who was struck with a sledgehammer and taken to hospital with a serious back injury, police said. Nobody was killed.

Assistant Chief Constable Jon Reilly said the incident was "a violent and very frightening ordeal" for the staff involved. Counter-terrorism officers are leading the investigation because of "the nature of the target", though police stressed that the incident had not been declared a terrorist incident.

Palestine Action said in a statement that the activists had "dismantled" weapons technology used against Gaza and denied that they had gone there to hurt anyone. Elbit Systems UK said the Filton site worked on training and simulation, not weapons production, and that the damage ran into hundreds of thousands of pounds.

The network has carried out repeated actions against Elbit sites in Britain since 2020, spraying red paint on buildings and blockading entrances, and many of its members have been prosecuted for criminal damage. The government has said it is considering whether to strengthen laws against such groups.

Later on Tuesday, about 150 people held a peaceful vigil outside Bristol's Trinity Road police station in support of the ten detained, police said.

All ten remained in custody on Wednesday. Police said they had been granted more time to question them.
""",
 E('VD', 'Rioters (United Kingdom)', 'Police Forces of the United Kingdom', '2024-08-06', L('Filton', 'GB', 'England'), 0, 'activists drove a converted prison van through the perimeter fence'),
 E('PP', 'Protesters (United Kingdom)', None, '2024-08-06', L('Bristol', 'GB', 'England'), None, 'about 150 people held a peaceful vigil'),
)

# 50 -- Poland 2020: abortion ruling protests; nationalists attack protesters in Warsaw (mob); mass march; Krakow tear gas
A('web', '2020-10-29', """
Nationalists attack protesters in Warsaw as abortion ruling demonstrations enter second week

By Magdalena Nowak | Polish Observer | 29 October 2020

Groups of men, some wearing the colours of football clubs and nationalist symbols, attacked women's rights protesters in central Warsaw on Wednesday evening, kicking and punching demonstrators and throwing flares into the crowd, as protests against a near-total ban on abortion continued for an eighth day.

The attacks took place near the Charles de Gaulle roundabout and on Nowy Świat street, where tens of thousands of people were marching towards the headquarters of the ruling Law and Justice (PiS) party. Police said they had detained 37 people, most of them from the nationalist groups, and that several protesters were taken to hospital. Nobody died.

The demonstration itself passed peacefully, according to the organisers, the Women's Strike movement, who estimated that 100,000 people marched in the capital. Police put the figure at 40,000.

In Kraków, police fired pepper spray at protesters who tried to block the tram lines in front of the archbishop's residence on Wednesday evening, and detained four people, local media reported.

The protests erupted after the Constitutional Tribunal ruled on October 22 that abortion in cases of severe foetal abnormalities was unconstitutional, removing the most commonly used legal ground for terminations in Poland. Demonstrators have disrupted church services and sprayed slogans on church walls in several cities.

PiS leader Jarosław Kaczyński had called on his supporters to "defend the churches at any cost", a remark that opposition politicians said encouraged the violence. Robert Bąkiewicz, head of the nationalist Independence March association, announced the creation of a "National Guard" to protect churches.

On Monday, a group of nationalists hurled a firecracker at protesters outside the Holy Cross Church in Warsaw, slightly injuring a young woman, police said.

Women's Strike has called for a general march on Warsaw on Friday. President Andrzej Duda, who tested positive for coronavirus last week, proposed on Friday a compromise bill that would restore the right to abortion in some cases of foetal abnormality.
""",
 E('MOB', 'Rioters (Poland)', 'Protesters (Poland)', '2020-10-28', L('Warsaw', 'PL', 'Masovia'), 0, 'attacked women\'s rights protesters in central Warsaw'),
 E('PP', 'Protesters (Poland)', None, '2020-10-28', L('Warsaw', 'PL', 'Masovia'), None, 'tens of thousands of people were marching towards the headquarters'),
 E('PWI', 'Protesters (Poland)', 'Police Forces of Poland', '2020-10-28', L('Krakow', 'PL', 'Lesser Poland'), None, 'police fired pepper spray at protesters'),
 E('MOB', 'Rioters (Poland)', 'Protesters (Poland)', '2020-10-26', L('Warsaw', 'PL', 'Masovia'), None, 'a group of nationalists hurled a firecracker at protesters'),
)
