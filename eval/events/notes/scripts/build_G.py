#!/usr/bin/env python3
"""build_G.py — annotator G, round "articles": whole news articles + their ACLED-style coding.
Each event is given as (sub-event code, trigger phrase, occurrence index 1-based); byte offsets are
computed here and checked. Dates: 'YYYY-MM-DD', 'YYYY-MM', None, 'wd:tue' (that weekday on or before
the published date), 'd-N' (published minus N days).
Writes ../notes-G.jsonl (all) and texts-G.jsonl (first 10: id, published, text)."""
import json, datetime, sys, atexit, os
import os
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

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
 'OTH': ('Strategic developments', 'Other', 'COERCE'),
}
PLOVER = {'AGREE','CONSULT','SUPPORT','CONCEDE','COOPERATE','AID','RETREAT','REQUEST','ACCUSE','REJECT',
          'THREATEN','PROTEST','SANCTION','MOBILIZE','COERCE','ASSAULT'}
MODAL = {'occurred','attempted','planned','foiled','threatened','claimed','denied','hypothetical'}
STYLES = {'wire','web','local'}
WD = {'mon': 0, 'tue': 1, 'wed': 2, 'thu': 3, 'fri': 4, 'sat': 5, 'sun': 6}
ARTS = []

def L(name, cc, admin1=None, prec=1):
    return {'name': name, 'country': cc, 'admin1': admin1, 'precision': prec}

def E(st, trig, a1, a2, date, loc, fat=None, occ=1, mod='occurred', bg=False, plover=None):
    return dict(st=st, trig=trig, a1=a1, a2=a2, date=date, loc=loc, fat=fat, occ=occ, mod=mod, bg=bg, plover=plover)

def A(style, published, text, *events):
    ARTS.append((style, published, text.strip('\n'), list(events)))

def resolve(spec, pub):
    if spec is None:
        return None
    p = datetime.date.fromisoformat(pub)
    if spec.startswith('d-'):
        return (p - datetime.timedelta(days=int(spec[2:]))).isoformat()
    if spec.startswith('wd:'):
        k = WD[spec[3:]]
        return (p - datetime.timedelta(days=(p.weekday() - k) % 7)).isoformat()
    return spec

def span(text, trig, occ):
    i = -1
    for _ in range(occ):
        i = text.find(trig, i + 1)
        if i < 0:
            raise ValueError('trigger %r occurrence %d not found' % (trig, occ))
    s = len(text[:i].encode('utf-8'))
    return s, s + len(trig.encode('utf-8'))

def main():
    here = HERE
    out, errs = [], []
    nev = nbg = nonews = 0
    for n, (style, pub, text, evs) in enumerate(ARTS, 1):
        aid = 'article-G-%04d' % n
        if style not in STYLES: errs.append((aid, 'style', style))
        datetime.date.fromisoformat(pub)
        words = len(text.split())
        if not 250 <= words <= 900: errs.append((aid, 'words', words))
        recs = []
        for e in evs:
            et, sub, pl = ST[e['st']]
            if e['plover']: pl = e['plover']
            if pl not in PLOVER: errs.append((aid, 'plover', pl))
            if e['mod'] not in MODAL: errs.append((aid, 'modality', e['mod']))
            try:
                s, t = span(text, e['trig'], e['occ'])
            except ValueError as x:
                errs.append((aid, str(x))); continue
            d = resolve(e['date'], pub)
            if d is not None and len(d) not in (7, 10): errs.append((aid, 'date', d))
            if d is not None and d > pub: errs.append((aid, 'future date', d))
            loc = e['loc']
            if loc is not None:
                if len(loc['country']) != 2 or loc['precision'] not in (1, 2, 3, 4): errs.append((aid, 'loc', loc))
            ev = {'event_type': et, 'sub_event_type': sub, 'plover': pl, 'modality': e['mod'],
                  'actor1': e['a1'], 'actor2': e['a2'], 'date': d, 'location': loc,
                  'fatalities': e['fat'], 'background': bool(e['bg']),
                  'evidence': {'start': s, 'end': t, 'text': e['trig']}}
            assert text.encode('utf-8')[s:t].decode('utf-8') == e['trig']
            recs.append(ev)
            nev += 1; nbg += bool(e['bg'])
        if not any(not r['background'] for r in recs): nonews += 1
        out.append({'id': aid, 'source_file': 'annotator-written',
                    'license': 'CC0-1.0 (written for tidings training by an annotator)',
                    'style': style, 'published': pub, 'text': text, 'events': recs})
    if errs:
        for x in errs: print('ERROR', *x, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(here, 'notes-G.jsonl'), 'w') as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    if len(out) >= 10:
        with open(os.path.join(here, 'texts-G.jsonl'), 'w') as f:
            for o in out[:10]:
                f.write(json.dumps({'id': o['id'], 'published': o['published'], 'text': o['text']}, ensure_ascii=False) + '\n')
    print('articles %d events %d background %d no-news-event articles %d' % (len(out), nev, nbg, nonews))

atexit.register(main)

# ---------------------------------------------------------------- articles

# 0001 Nigeria, Zamfara: mass abduction (wire)
A('wire', '2024-05-14', '''
GUSAU, Nigeria, May 14 (Pan-African Wire) - Armed bandits abducted at least 31 people, most of them women and children, in a night raid on a farming village near Kaura Namoda in Nigeria's northwestern Zamfara state, police and residents said on Tuesday.

The gunmen, riding motorcycles in groups of three, swept into the village late on Sunday, firing into the air before going from house to house, two residents said. "They took my wife and my two daughters. We could do nothing; they had guns and we had sticks," said Abubakar Sani, a farmer, speaking by telephone.

Zamfara police spokesman Yazid Abubakar confirmed the kidnapping and put the number of those taken at 31, saying officers and local vigilantes had been deployed to track the attackers into the nearby Dansadau forest. He said one villager who tried to run was shot dead during the raid.

Residents said the number of people missing had risen to 46 by Monday evening after families compared lists, but the police figure had not been updated. A local official said the kidnappers had not yet made contact or asked for a ransom.

Kidnapping for ransom has become a lucrative business for armed gangs in northwestern Nigeria, who operate from camps in vast forests straddling Zamfara, Katsina, Sokoto and Niger states. Thousands of people have been abducted in the region since 2020, according to security analysts, and many villages have been emptied.

The region drew global attention in February 2021 when gunmen seized 279 schoolgirls from a government secondary school in Jangebe, also in Zamfara. The girls were freed days later after negotiations that officials have never fully explained.

Sunday's raid was the second mass kidnapping in Kaura Namoda this month. On May 3, bandits kidnapped 11 travellers on the road between Kaura Namoda and Gusau, the state capital, residents said. Four of them have since been released.

President Bola Tinubu has promised to end the insecurity, and the military says it has killed hundreds of bandits in air and ground operations this year. But residents of rural Zamfara say the attacks have not slowed.

"We sleep in the bush now, not in our houses," Sani said.
''',
 E('ABD', 'abducted at least 31 people', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 'wd:sun',
   L('Kaura Namoda', 'NG', 'Zamfara', 2), fat=1),
 E('ABD', 'seized 279 schoolgirls', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', '2021-02',
   L('Jangebe', 'NG', 'Zamfara', 1), bg=True),
 E('ABD', 'kidnapped 11 travellers', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', '2024-05-03',
   L('Kaura Namoda', 'NG', 'Zamfara', 2), bg=True),
)

# 0002 Somalia, Mogadishu: car bomb + separate mortar attack (wire)
A('wire', '2024-03-15', '''
MOGADISHU, March 15 (Horn Wire) - A car bomb exploded outside a busy tea shop near a police checkpoint in the Somali capital on Thursday evening, killing at least nine people, police and witnesses said. The Islamist group al Shabaab claimed responsibility.

The blast hit the Hodan district shortly after sunset, when residents had gathered to break their Ramadan fast. Police Captain Abdi Hassan told reporters the explosives had been hidden in a parked minibus and set off by remote control. "Most of the dead are civilians who were sitting at the tea shop. Two of my officers are among them," he said.

Abdikadir Abdirahman, director of the Aamin ambulance service, said his teams had carried 21 wounded people to hospitals. A doctor at Madina hospital said late on Thursday that 12 bodies had been brought in, but police said on Friday that the confirmed toll remained nine.

In a statement on a radio station that supports it, al Shabaab said it had targeted "apostate security forces" and claimed to have killed 15 officers. The group often gives figures far higher than those of the authorities.

Hours before the bombing, several mortar shells landed near the fortified Halane compound by Mogadishu's airport, which houses United Nations offices and several embassies. A security official said the shells hit open ground and caused no casualties. No group said it fired them, although al Shabaab has shelled the compound many times.

Al Shabaab, which is linked to al Qaeda, has fought for more than 15 years to topple Somalia's central government and impose its own strict interpretation of Islamic law. It was pushed out of Mogadishu in 2011 but still controls large parts of the countryside and regularly carries out bombings in the capital.

Its deadliest attack came on October 14, 2017, when a suicide truck bomb blamed on the group exploded at the busy Zoobe junction in Mogadishu, killing more than 500 people.

President Hassan Sheikh Mohamud condemned Thursday's attack and vowed that the government's offensive against the militants would continue. "These criminals will not stop us," he said in a statement posted on social media.

The government launched a major offensive against al Shabaab in 2022 with the help of clan militias, but the campaign has stalled in recent months.
''',
 E('IED', 'A car bomb exploded', 'Al Shabaab', 'Civilians (Somalia)', 'wd:thu',
   L('Mogadishu', 'SO', 'Banadir', 1), fat=9),
 E('SH', 'several mortar shells landed', 'Unidentified Armed Group (Somalia)', None, 'wd:thu',
   L('Mogadishu', 'SO', 'Banadir', 1), fat=0),
 E('SB', 'a suicide truck bomb', 'Al Shabaab', 'Civilians (Somalia)', '2017-10-14',
   L('Mogadishu', 'SO', 'Banadir', 1), fat=500, bg=True),
)

# 0003 Pakistan, KP: TTP attack on police post (local)
A('local', '2024-10-08', '''
Two cops martyred, three militants killed in attack on Lakki Marwat checkpost

Our Correspondent

LAKKI MARWAT: Two policemen were martyred and three others injured when militants attacked a police checkpost in the Tajazai area of Lakki Marwat district late on Monday night, officials said.

District Police Officer Taimur Khan told this correspondent that around 20 heavily armed militants attacked the Sarband checkpost from three sides with rocket launchers and automatic weapons. He said the policemen put up stiff resistance and the exchange of fire continued for nearly two hours.

"Three terrorists were killed in the retaliatory fire, and their accomplices managed to take away the bodies," the DPO said, adding that reinforcements including personnel of the Elite Force reached the site and a search operation was launched in the surrounding areas.

The martyred policemen were identified as constable Rehmat Ullah and constable Sher Zaman. The injured were shifted to the district headquarters hospital, where their condition was stated to be out of danger. Their funeral prayers were offered at the police lines on Tuesday.

The banned Tehreek-i-Taliban Pakistan (TTP) claimed responsibility for the attack in a message to journalists.

Khyber Pakhtunkhwa Chief Minister condemned the attack and paid tribute to the martyred cops. "The sacrifices of the police will not go in vain," he said in a statement, directing the inspector general to provide all possible resources to the district police.

The attack came a day after a roadside bomb struck a vehicle of the Frontier Corps in the Domel area of neighbouring Bannu district on Sunday, injuring four personnel.

Police in the southern districts of the province have been the main target of militants since the TTP called off its ceasefire with the government in November 2022. Officials say more than 100 policemen have lost their lives in the province this year alone.

The deadliest attack on the force came on January 30, 2023, when a suicide bomber blew himself up inside a mosque in the Peshawar Police Lines during afternoon prayers, killing more than 80 people, most of them policemen. The bombing was blamed on a faction of the TTP.

Local elders in Tajazai have demanded that the government set up more checkposts and provide the police with modern weapons and night-vision equipment.
''',
 E('AC', 'militants attacked a police checkpost', 'TTP: Tehreek-i-Taliban Pakistan', 'Police Forces of Pakistan', 'wd:mon',
   L('Tajazai', 'PK', 'Khyber Pakhtunkhwa', 1), fat=5),
 E('IED', 'a roadside bomb struck', 'Unidentified Armed Group (Pakistan)', 'Military Forces of Pakistan', 'wd:sun',
   L('Domel', 'PK', 'Khyber Pakhtunkhwa', 1), bg=True),
 E('SB', 'a suicide bomber blew himself up', 'TTP: Tehreek-i-Taliban Pakistan', 'Police Forces of Pakistan', '2023-01-30',
   L('Peshawar', 'PK', 'Khyber Pakhtunkhwa', 1), fat=80, bg=True),
)

# 0004 Mexico, Guanajuato: bar shooting + body found (web)
A('web', '2025-02-10', '''
Gunmen kill six at bar in Celaya as Guanajuato violence grinds on

By Staff Writer | Mexico desk

Armed men burst into a bar in the central Mexican city of Celaya on Sunday night and opened fire on customers, killing six people and wounding four, the Guanajuato state prosecutor's office said Monday.

The attack took place shortly before 11 p.m. at a bar on a main avenue in the Las Insurgentes neighborhood. According to the prosecutor's statement, at least four men armed with rifles got out of a pickup truck, entered the premises and fired at people sitting at tables and at the bar before fleeing. Five men and one woman died at the scene; the wounded were taken to the city's general hospital.

Investigators collected more than 50 shell casings, the office said, adding that no arrests had been made and that the motive was under investigation. Local media reported that the owners had received extortion demands in recent weeks, but authorities did not confirm this.

On Monday morning, police in the neighboring municipality of Salamanca found the body of a man with gunshot wounds and signs of torture on a dirt road near the community of Valtierrilla, the municipal security office said. It was not clear whether the two incidents were linked.

Guanajuato, an industrial hub home to car plants and one of Mexico's main oil refineries, has for years recorded more homicides than any other Mexican state. Authorities attribute much of the bloodshed to a turf war between the Jalisco New Generation Cartel and the local Santa Rosa de Lima gang over fuel theft, drug sales and extortion.

Celaya in particular has been hit hard. Dozens of its municipal police officers have been murdered since 2021, and the city's mayor has repeatedly asked the federal government for more troops.

Mass shootings are not new to the state. In July 2020, gunmen killed 27 people at a drug rehabilitation center in Irapuato, an attack that officials blamed on the Santa Rosa de Lima Cartel.

State Governor Libia Dennise García said on social media that security forces had been deployed to find those responsible and that "there will be no impunity." The federal Security Cabinet said it would send an additional 300 National Guard troops to the region this week.

Residents, however, said they had heard such promises before. "Every week there is a new shooting. People don't go out at night anymore," said a shop owner who asked not to be named for fear of reprisals.
''',
 E('ATK', 'opened fire on customers', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', 'wd:sun',
   L('Celaya', 'MX', 'Guanajuato', 1), fat=6),
 E('ATK', 'found the body of a man with gunshot wounds', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', 'wd:mon',
   L('Valtierrilla', 'MX', 'Guanajuato', 2), fat=1),
 E('ATK', 'gunmen killed 27 people', 'Santa Rosa de Lima Cartel', 'Civilians (Mexico)', '2020-07',
   L('Irapuato', 'MX', 'Guanajuato', 1), fat=27, bg=True),
)

# 0005 India, Mumbai: 26/11 anniversary - no news-of-the-day event (web)
A('web', '2025-11-26', '''
Mumbai remembers 26/11 victims, 17 years on

Families, police and schoolchildren gather at memorials across the city

MUMBAI: Mumbai paused on Wednesday to remember the victims of the 26/11 terror attacks, with Chief Minister Devendra Fadnavis, senior police officers and families of those killed laying wreaths at the police memorial in south Mumbai on the 17th anniversary.

A two-minute silence was observed at 11 am at the memorial, where the names of the 18 police personnel who died fighting the attackers are engraved. Children from municipal schools read out poems, and a police band played as relatives placed flowers in front of photographs of the dead.

On November 26, 2008, ten gunmen of the Pakistan-based Lashkar-e-Taiba who had arrived by boat fanned out across south Mumbai and attacked the Chhatrapati Shivaji Maharaj Terminus railway station, the Taj Mahal Palace hotel, the Oberoi-Trident, Nariman House and Leopold Cafe, killing 166 people over nearly 60 hours before commandos ended the siege.

"We have not forgotten and we will never forget," Fadnavis said in his address. "Mumbai stood up then and it stands strong today. Any attempt to attack this city again will be answered with full force." He said the state had modernised its coastal police and set up a dedicated counter-terror force since the attacks.

Several family members said they still waited for what they called full justice. "My father went to work at the station that evening and never came back," said Kiran Solanki, whose father was a railway porter. "Every year we come here, the speeches are the same."

The lone attacker captured alive, Ajmal Kasab, was convicted by a special court and hanged in November 2012. Earlier this year, Tahawwur Rana, a businessman accused of helping plan the attacks, went on trial in Mumbai after his extradition from the United States, and the hearings continue.

At the Taj hotel, staff held a private prayer meeting for colleagues who died, while at CSMT commuters stopped to look at an exhibition of photographs from that night.

Security was tightened at railway stations, hotels and the Gateway of India for the day. Police said there was no specific threat but that intelligence agencies had warned of the continued intent of groups across the border to target Indian cities.

Former police officers who fought the gunmen said the city was better prepared today. "The coordination we lacked that night exists now," said one retired inspector. "But terrorists look for the next gap, and we must keep looking too."
''',
 E('ATK', 'attacked the Chhatrapati Shivaji Maharaj Terminus', 'Lashkar-e-Taiba', 'Civilians (India)', '2008-11-26',
   L('Mumbai', 'IN', 'Maharashtra', 1), fat=166, bg=True),
)

# 0006 DRC, North Kivu: ADF massacre + army clash next day (wire)
A('wire', '2025-07-23', '''
BENI, Democratic Republic of Congo, July 23 (Agence Grands Lacs) - Suspected Allied Democratic Forces (ADF) rebels killed at least 18 civilians with machetes and guns in an attack on the village of Mayimoya in eastern Congo's North Kivu province on Monday night, a local administrator said.

The attackers arrived at around 9 p.m., when many residents were returning from their fields, and went from house to house, said Jean-Paul Kasereka, the administrator of the Beni-Mbau sector. Several houses and a health centre were set on fire before the assailants withdrew into the forest.

"We have counted 18 bodies so far, and searches are continuing in the bush," Kasereka said by phone on Tuesday. A civil society coordinator in the area, Pepin Kavota, said his group had recorded 26 dead, including eight women and four children, and that at least 15 people were missing and feared abducted.

Congo's army said on Wednesday that troops pursuing the attackers had clashed with ADF fighters near Eringeti on Tuesday afternoon, killing four rebels and recovering two rifles. Army spokesman Lieutenant Antony Mualushayi said one soldier was wounded in the fighting.

The ADF, a group that began as a Ugandan rebel movement in the 1990s and later pledged allegiance to Islamic State, has killed thousands of civilians in Beni territory and neighbouring Ituri province over the past decade. Islamic State regularly claims its attacks as the work of its "Central Africa Province".

In June 2024, ADF fighters killed at least 40 people in the village of Masala in Beni territory, one of the deadliest single attacks in the area in recent years.

Congolese and Ugandan troops have conducted joint operations against the group since late 2021, pushing some of its units out of their bases. But analysts say the fighters have broken into smaller, more mobile cells that are harder to track and that often strike soft targets in retaliation.

The violence in Beni comes on top of the crisis further south, where M23 rebels seized the provincial capital Goma in January 2025 and later took Bukavu in South Kivu. Peace efforts brokered by the United States and Qatar have so far failed to stop fighting on the ground.

In Mayimoya, hundreds of residents fled towards Oicha and Beni on Tuesday, carrying mattresses and cooking pots. "Nobody wants to sleep here tonight," said one woman who lost her brother in the attack.
''',
 E('ATK', 'killed at least 18 civilians', 'ADF: Allied Democratic Forces', 'Civilians (Democratic Republic of Congo)', 'wd:mon',
   L('Mayimoya', 'CD', 'North Kivu', 1), fat=18),
 E('AC', 'clashed with ADF fighters', 'Military Forces of the Democratic Republic of Congo', 'ADF: Allied Democratic Forces', 'wd:tue',
   L('Eringeti', 'CD', 'North Kivu', 2), fat=4),
 E('ATK', 'killed at least 40 people', 'ADF: Allied Democratic Forces', 'Civilians (Democratic Republic of Congo)', '2024-06',
   L('Masala', 'CD', 'North Kivu', 1), fat=40, bg=True),
 E('NSO', 'seized the provincial capital Goma', 'M23: March 23 Movement', 'Military Forces of the Democratic Republic of Congo', '2025-01',
   L('Goma', 'CD', 'North Kivu', 1), bg=True),
)

# 0007 Sudan, Darfur: RSF shelling of camp + army drone strike claim (wire)
A('wire', '2024-11-05', '''
EL FASHER, Sudan, Nov 5 (Nile News Agency) - Shelling by Sudan's paramilitary Rapid Support Forces killed at least seven people, including three children, in the Abu Shouk displacement camp on the northern edge of El Fasher on Monday, a camp official and medics said.

Shells fell on a crowded section of the camp near a water point in the late morning, said Adam Rijal, a spokesman for a coordination body for displaced people in Darfur. "People were queueing for water when the shells fell. Seven are dead and more than 20 wounded, and the clinic has no medicine left," he said.

The RSF, which has besieged El Fasher since May, denied targeting civilians. In a statement on Telegram, it accused the army and allied armed groups of using the camps as military positions and said it would "continue to respond to sources of fire."

Separately, the army said on Tuesday that its drones had struck RSF positions and vehicles in Nyala, the capital of South Darfur state, on Monday evening, killing "dozens" of fighters. The RSF did not comment on that claim and it could not be independently verified. Nyala residents reported hearing loud explosions near the city's airport.

El Fasher is the last major city in Sudan's vast western Darfur region still held by the army and its allies. Aid groups have warned that hundreds of thousands of people in and around the city face famine, and that the fighting has cut off nearly all supply routes.

The war between the army and the RSF erupted on April 15, 2023, when fighting broke out between the two forces in Khartoum after weeks of tension over plans to integrate the paramilitary into the military. Since then, tens of thousands of people have been killed and more than 11 million have been forced from their homes, according to United Nations figures, creating what aid agencies call the world's largest displacement crisis.

Both sides have been accused of atrocities. The United States has said that RSF members and allied militias committed genocide in Darfur, and has also accused the army of indiscriminate bombing of civilian areas.

Talks sponsored by the United States and Saudi Arabia have failed to secure a ceasefire, and neither commander has shown willingness to return to negotiations. "Every week we bury more people," Rijal said.
''',
 E('SH', 'Shelling', 'Rapid Support Forces', 'Civilians (Sudan)', 'wd:mon',
   L('Abu Shouk', 'SD', 'North Darfur', 1), fat=7),
 E('AIR', 'its drones had struck RSF positions', 'Military Forces of Sudan', 'Rapid Support Forces', 'wd:mon',
   L('Nyala', 'SD', 'South Darfur', 1), fat=12, mod='claimed'),
 E('AC', 'fighting broke out between the two forces', 'Military Forces of Sudan', 'Rapid Support Forces', '2023-04-15',
   L('Khartoum', 'SD', 'Khartoum', 1), bg=True),
)

# 0008 Philippines, Lanao del Sur: clash + abandoned camp with bomb materials (local)
A('local', '2024-02-20', '''
3 DI terrorists killed in Lanao del Sur clash; bomb parts found in abandoned lair

MARAWI CITY - Three suspected members of the Dawlah Islamiyah-Maute Group were killed in a firefight with government troops in the hinterlands of Piagapo, Lanao del Sur on Sunday, Feb. 18, the military said.

Col. Yegor Rey Barroquillo Jr., commander of the Army's 103rd Infantry Brigade, said soldiers of the 55th Infantry Battalion were conducting a focused military operation acting on information from residents when they encountered around ten armed men at around 6:30 a.m.

The encounter lasted for about 30 minutes before the militants scampered in different directions, leaving behind three of their dead companions, two M16 rifles, a sniper rifle and backpacks, he said. One soldier was slightly wounded and was brought to the Camp Ranao station hospital.

Pursuing troops on Monday discovered an abandoned encampment of the group in the mountains of Maguing town, where they seized improvised explosive device components, including blasting caps, detonating cords, cellphones and two mortar rounds rigged as bombs, the brigade said in a statement.

"The discovery of these materials shows that the group was preparing to sow terror in our communities. We prevented that," Barroquillo said. He urged the remaining members to surrender and avail of the government's amnesty and reintegration programs.

The military has said that Dawlah Islamiyah, which pledged allegiance to the Islamic State, has been weakened to a few dozen fighters in Lanao del Sur after the deaths of several of its leaders in recent years.

The group, together with the Abu Sayyaf, triggered the five-month siege of Marawi that began on May 23, 2017, when hundreds of militants overran parts of the city. More than 1,000 people, most of them militants, died before the military declared the city liberated in October of that year.

Local officials welcomed Sunday's operation but appealed to the military to ensure that civilians in the affected barangays are not displaced. Piagapo Mayor's Office said around 40 families temporarily left their homes on Sunday and were staying with relatives in the town center.

The provincial government said it would provide food packs to the displaced families, while the Lanao del Sur Provincial Police Office placed its units on heightened alert.
''',
 E('AC', 'killed in a firefight with government troops', 'Military Forces of the Philippines', 'Dawlah Islamiyah-Maute Group', '2024-02-18',
   L('Piagapo', 'PH', 'Bangsamoro Autonomous Region in Muslim Mindanao', 2), fat=3),
 E('DWU', 'seized improvised explosive device components', 'Military Forces of the Philippines', 'Dawlah Islamiyah-Maute Group', 'wd:mon',
   L('Maguing', 'PH', 'Bangsamoro Autonomous Region in Muslim Mindanao', 2)),
 E('NSO', 'overran parts of the city', 'Maute Group', 'Military Forces of the Philippines', '2017-05-23',
   L('Marawi', 'PH', 'Bangsamoro Autonomous Region in Muslim Mindanao', 1), bg=True),
)

# 0009 Colombia, Cauca: drone attack on police + killing of indigenous guard + march (web)
A('web', '2025-04-08', '''
Dissident drone attack kills police officer in Cauca; indigenous guard member shot dead in Toribío

By Regional Correspondent, Popayán

A police officer was killed and two others were wounded on Monday when FARC dissidents used drones to drop explosives on the police station in Suárez, in Colombia's southwestern Cauca department, police said.

The attack began at around 5 a.m., when at least three drones carrying small explosive charges flew over the station in the town center, according to Cauca police commander Colonel Herbert Benavides. One charge hit the courtyard where officers were changing shifts. The wounded were airlifted to Cali.

Benavides blamed the Jaime Martínez front of the Central General Staff (EMC), the largest group of dissidents who rejected the 2016 peace deal. The front has carried out dozens of drone attacks on police and army posts in Cauca over the past year, he said.

In a separate incident on Monday afternoon, gunmen shot dead a member of the indigenous guard, the unarmed community patrols of the Nasa people, in the rural area of Toribío, about 60 kilometers to the east. The Regional Indigenous Council of Cauca (CRIC) said the victim, a 34-year-old father of three, had been taking part in a patrol to remove coca paste laboratories from the territory. The council did not name the attackers.

On Tuesday, hundreds of members of the indigenous guard, carrying their traditional staffs, marched through Toribío to demand that armed groups leave their territory and that the government protect community leaders. The march ended peacefully in front of the town hall.

"They kill us for defending our land and our lives. We will not leave," a CRIC leader told the crowd.

The government of President Gustavo Petro has sought talks with several armed groups under its "total peace" policy, but it suspended negotiations with the EMC faction led by alias Iván Mordisco in 2024 after a series of attacks in Cauca.

The peace agreement signed in Bogotá on November 24, 2016, between the government and the Revolutionary Armed Forces of Colombia (FARC) ended more than five decades of war with the country's largest rebel group. But the vacuum left by the FARC's demobilization was quickly filled by dissident factions, the ELN guerrillas and drug trafficking organizations, who fight over coca crops and smuggling routes.

Cauca has recorded more killings of social leaders than any other department since the peace accord, according to the Institute for Development and Peace Studies (Indepaz).
''',
 E('AIR', 'used drones to drop explosives', 'FARC Dissidents - Central General Staff', 'Police Forces of Colombia', 'wd:mon',
   L('Suárez', 'CO', 'Cauca', 1), fat=1),
 E('ATK', 'gunmen shot dead a member of the indigenous guard', 'Unidentified Armed Group (Colombia)', 'Civilians (Colombia)', 'wd:mon',
   L('Toribío', 'CO', 'Cauca', 2), fat=1),
 E('PP', 'marched through Toribío', 'Protesters (Colombia)', None, 'wd:tue',
   L('Toribío', 'CO', 'Cauca', 1), fat=0),
 E('AGR', 'The peace agreement signed in Bogotá', 'Government of Colombia', 'FARC: Revolutionary Armed Forces of Colombia', '2016-11-24',
   L('Bogotá', 'CO', 'Bogotá D.C.', 1), bg=True),
)

# 0010 Myanmar, Sagaing: junta air strike on school (wire)
A('wire', '2025-05-13', '''
BANGKOK, May 13 (Asia Pacific Wire) - An air strike by Myanmar's military on a village school in the central Sagaing region killed at least 17 people, most of them children, on Monday, rescue workers and a local resistance group said.

A fighter jet dropped two bombs on the school compound in a village in Khin-U township at around 10 a.m., while classes were under way, said a member of a local rescue team who asked not to be named for fear of reprisals. "We pulled 15 children and two teachers out of the rubble. Many more were wounded and we had to carry them to a clinic in the forest," he said.

The shadow National Unity Government (NUG), formed by ousted lawmakers, said on Tuesday that the death toll had risen to 22 and accused the military of a war crime. Its figure could not be independently verified, and communications in the area are limited.

A spokesman for the ruling military council, Major General Zaw Min Tun, said in a statement read on state television that the air force had targeted "a gathering of People's Defense Force terrorists" and that reports of children being killed were "fabricated news" spread by its opponents. He did not provide evidence.

The military has increasingly relied on air power since it seized power in a coup in 2021, as it struggles to contain an armed resistance movement that now controls large parts of the country's countryside. Sagaing, a heartland of the resistance, has been among the worst affected regions, according to rights groups.

The deadliest single strike since the coup hit a gathering to open a local resistance administration office in Pazigyi village in Sagaing's Kanbalu township on April 11, 2023, killing more than 160 people, including women and children.

The United Nations special rapporteur on Myanmar has called on countries to stop the sale of jet fuel to the military. Several Western governments have imposed sanctions on companies supplying aviation fuel, but Russia and China remain the military's main arms suppliers.

The strike came despite a ceasefire the military declared after a powerful earthquake struck central Myanmar in March. Resistance groups say the military has continued to carry out air raids during the truce, while the military accuses its foes of using the lull to attack its positions.

Teachers' unions aligned with the resistance said on Tuesday that they would close village schools in the area for at least a week.
''',
 E('AIR', 'An air strike', 'Military Forces of Myanmar', 'Civilians (Myanmar)', 'wd:mon',
   L('Khin-U', 'MM', 'Sagaing', 2), fat=17),
 E('AIR', 'The deadliest single strike since the coup hit', 'Military Forces of Myanmar', 'Civilians (Myanmar)', '2023-04-11',
   L('Pazigyi', 'MM', 'Sagaing', 1), fat=160, bg=True),
)

# 0011 Burkina Faso: JNIM ambush on convoy + army air strikes (claimed) (wire)
A('wire', '2024-06-14', '''
OUAGADOUGOU, June 14 (Agence Sahel Presse) - Islamist militants ambushed a military convoy escorting supply trucks near the northern town of Djibo on Tuesday, killing at least 20 soldiers, two security sources said on Friday.

The convoy, which was carrying food and fuel to the besieged town, came under fire about 15 kilometres south of Djibo, one of the sources said. The attackers first set off explosives under the lead vehicles and then opened fire from both sides of the road in a battle that lasted several hours. Several trucks were burned.

Al Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the attack in a statement released by its al-Zallaqa media arm, saying it had killed more than 100 soldiers and volunteer fighters and seized weapons and vehicles. The group's figures could not be verified.

Burkina Faso's army did not comment on the ambush, but in a statement read on state television on Thursday it said that air strikes carried out on Wednesday in Soum province had "neutralised more than 50 terrorists" involved in "recent attacks". It gave no further details, and the claim could not be independently verified.

The military government of Captain Ibrahim Traoré, which seized power in September 2022 promising to restore security, rarely acknowledges losses, and has suspended several foreign media outlets that reported on attacks. Analysts say JNIM and the rival Islamic State Sahel Province now operate across much of the country's territory.

Djibo, home to tens of thousands of people who have fled violence in surrounding villages, has been under a blockade by militants for more than two years, and relies on convoys and occasional air drops for food.

Civilians have also paid a heavy price. In June 2021, gunmen killed at least 130 people in an overnight attack on the village of Solhan in the northeastern Yagha province, the deadliest attack in the country at the time.

Rights groups have also accused the army and the state-backed Volunteers for the Defence of the Homeland (VDP) of killing civilians suspected of collaborating with the militants, accusations the government rejects.

A resident of Djibo reached by phone said the town had been without fresh supplies for nearly a month. "The prices have tripled. If the convoys cannot pass, people will starve," he said, asking not to be named for his safety.
''',
 E('AC', 'ambushed a military convoy', 'JNIM: Group for Support of Islam and Muslims', 'Military Forces of Burkina Faso', 'wd:tue',
   L('Djibo', 'BF', 'Sahel', 2), fat=20),
 E('AIR', 'air strikes carried out on Wednesday', 'Military Forces of Burkina Faso', 'JNIM: Group for Support of Islam and Muslims', 'wd:wed',
   L('Djibo', 'BF', 'Sahel', 3), fat=50, mod='claimed'),
 E('ATK', 'gunmen killed at least 130 people', 'Unidentified Armed Group (Burkina Faso)', 'Civilians (Burkina Faso)', '2021-06',
   L('Solhan', 'BF', 'Sahel', 1), fat=130, bg=True),
)

# 0012 Nigeria: Owo church attack trial - no news-of-the-day event (local)
A('local', '2025-06-18', '''
OWO CHURCH ATTACK: WITNESS RECOUNTS HORROR AS TRIAL OF SUSPECTS RESUMES

From Our Correspondent, Abuja

A Catholic priest on Wednesday told the Federal High Court in Abuja how worshippers were cut down by gunfire and explosives during Pentecost Sunday Mass at St Francis Xavier Catholic Church, Owo, Ondo State, as the trial of five men accused of carrying out the attack resumed.

The attack happened on June 5, 2022, when gunmen disguised as worshippers opened fire on the congregation and detonated explosives at the church entrance, killing at least 40 people, according to the Ondo State government. The Federal Government blamed the Islamic State West Africa Province (ISWAP) for the attack.

Testifying as the third prosecution witness, the priest, who was celebrating the Mass, said he hid in the sacristy with about 30 children. "We heard the shooting from every side. When it stopped, the church was full of blood," he told the court, breaking down in tears several times.

The five defendants, who were arrested by the Department of State Services weeks after the attack, are facing a nine-count charge bordering on terrorism, murder and illegal possession of firearms. They have pleaded not guilty.

Counsel to the defendants, during cross-examination, asked the witness whether he could identify any of the accused persons as being among the attackers. The priest said he could not, as the attackers wore masks.

The trial judge, Justice Emeka Nwite, adjourned the matter till July 9 for continuation of trial, and ordered that the defendants remain in the custody of the DSS.

Outside the court, relatives of the victims said they had waited three years for justice. "We want the world to know what happened to our people," said a woman who lost her husband and son in the attack. Some of the survivors, including several who lost limbs, attended the hearing.

The Bishop of Ondo Diocese, Most Rev Jude Arogundade, who has been critical of the pace of the trial, said in a statement that the church would continue to follow the proceedings. He urged the federal government to do more to protect places of worship across the country.

Security analysts say attacks on churches and mosques by jihadist groups and armed bandits have remained a major concern across northern and central Nigeria, although the Owo attack was unusual for the relatively peaceful South-West.
''',
 E('ATK', 'opened fire on the congregation', 'Islamic State West Africa Province', 'Civilians (Nigeria)', '2022-06-05',
   L('Owo', 'NG', 'Ondo', 1), fat=40, bg=True),
)

# 0013 Afghanistan, Kabul: IS-K suicide bombing + Taliban raid in Jalalabad (wire)
A('wire', '2025-09-16', '''
KABUL, Sept 16 (Asia Pacific Wire) - A suicide bomber blew himself up among people queueing outside a bank in central Kabul on Monday, killing at least five people, Taliban officials said, in an attack later claimed by the Islamic State group.

The bomber approached a line of government employees and civilians waiting to withdraw salaries outside a branch of a state bank in the Shahr-e Naw area at around 8 a.m., Kabul police spokesman Khalid Zadran said in a post on X. He said 12 people were wounded.

An Italian-run emergency hospital in the city said it had received 9 bodies and 18 wounded people. Taliban officials often give lower casualty figures and restrict reporting at the scene of attacks.

Islamic State Khorasan Province (IS-K), the regional branch of the group, said in a statement on its Amaq news agency that one of its fighters had detonated an explosive vest among "Taliban apostates". The group regards the Taliban, who returned to power in 2021, as enemies and has repeatedly attacked Taliban officials and members of the Shi'ite Hazara minority.

Separately, the Taliban's intelligence agency said its forces had killed two IS-K members during a raid on a hideout in the eastern city of Jalalabad on Monday night. A spokesman said the men had been planning attacks in Nangarhar province, and that weapons and explosives had been found at the house.

IS-K's most notorious attack came on August 26, 2021, when a suicide bomber struck crowds outside Kabul airport's Abbey Gate during the chaotic U.S.-led evacuation, killing about 170 Afghans and 13 U.S. service members.

The Taliban say they have largely defeated IS-K inside Afghanistan, and attacks in the country have become less frequent over the past two years. But the group has been blamed for major attacks abroad, including in Iran, Pakistan and Russia, and U.N. monitors say it remains the most serious terrorist threat in the region.

Monday's bombing was the first major attack in the capital in several months. Residents said security checkpoints had been reinforced across the city on Tuesday.

"My cousin went to get his salary. He had not been paid for two months," said one man outside the hospital. "Now we are taking him home in a coffin."
''',
 E('SB', 'A suicide bomber blew himself up', 'Islamic State-Khorasan', 'Civilians (Afghanistan)', 'wd:mon',
   L('Kabul', 'AF', 'Kabul', 1), fat=5),
 E('AC', 'killed two IS-K members during a raid', 'Military Forces of Afghanistan', 'Islamic State-Khorasan', 'wd:mon',
   L('Jalalabad', 'AF', 'Nangarhar', 1), fat=2),
 E('SB', 'a suicide bomber struck crowds', 'Islamic State-Khorasan', 'Civilians (Afghanistan)', '2021-08-26',
   L('Kabul', 'AF', 'Kabul', 1), fat=183, bg=True),
)

# 0014 India, Manipur: tear gas on students + firing on village (local)
A('local', '2024-09-11', '''
Manipur: 40 students injured as police fire tear gas at Raj Bhavan march; one killed in Jiribam firing

Imphal, Sep 11: Over 40 students were injured on Tuesday when security forces fired tear gas shells and smoke bombs to disperse thousands of students who tried to march to Raj Bhavan in Imphal demanding action against the recent drone and rocket attacks in the state.

The students, mostly from higher secondary schools and colleges of Imphal East and Imphal West, had gathered at Khwairamband Keithel in the morning and started marching towards the Governor's residence carrying placards. They were stopped near Kangla Gate, where a standoff continued for nearly two hours before security personnel used tear gas, sources said.

Most of the injured suffered minor injuries and breathing difficulties and were treated at RIMS and JNIMS hospitals, officials said. The situation was brought under control by evening. The state government later imposed prohibitory orders in both districts.

Meanwhile, one person was killed and two others injured when armed miscreants opened fire on a village in Jiribam district on Monday night, police said. The victim, a 46-year-old farmer, was hit while guarding paddy fields near the village. Security forces rushed to the spot and launched a combing operation in the surrounding hills, but no arrests have been made so far.

The Chief Minister appealed to the students to maintain calm and assured that the government was taking all steps to protect the people. He said additional central forces were being deployed in the fringe areas.

Manipur has been in the grip of ethnic violence between the Meitei and Kuki-Zo communities since May 3, 2023, when clashes broke out in Churachandpur district after a tribal solidarity march. More than 220 people have been killed and around 60,000 displaced in the conflict so far, according to official figures.

The students' bodies have given a 24-hour ultimatum to the government to meet their demands, failing which they threatened to intensify the agitation. They demanded the removal of the security adviser and the state DGP.

Internet services were suspended in five valley districts for five days as a precautionary measure, according to an order issued by the state Home Department on Tuesday night.
''',
 E('PWI', 'fired tear gas shells and smoke bombs to disperse', 'Protesters (India)', 'Police Forces of India', 'wd:tue',
   L('Imphal', 'IN', 'Manipur', 1)),
 E('ATK', 'opened fire on a village', 'Unidentified Armed Group (India)', 'Civilians (India)', 'wd:mon',
   L('Jiribam', 'IN', 'Manipur', 2), fat=1),
 E('VD', 'clashes broke out in Churachandpur district', 'Rioters (India)', None, '2023-05-03',
   L('Churachandpur', 'IN', 'Manipur', 2), bg=True),
)

# 0015 Brazil, Rio: police operation in Maré + protest with bus set on fire (web)
A('web', '2025-03-12', '''
Eight killed in Rio police raid on Maré favela complex; residents block Avenida Brasil

By Metro Desk, Rio de Janeiro

At least eight people were killed on Tuesday during a police operation against the Comando Vermelho drug gang in the Complexo da Maré, a sprawling group of favelas in Rio de Janeiro's north zone, state authorities said.

The Military Police said officers from its special operations battalion (BOPE) entered the complex before dawn to serve arrest warrants against gang leaders and were met with heavy gunfire. Seven suspects and one police officer were killed in shootouts that lasted much of the morning, according to the state security secretariat. Police said they seized six rifles, pistols and grenades.

Residents posted videos on social media showing armored vehicles in narrow streets and a helicopter flying low over rooftops. Sixteen schools and several health clinics in the area closed for the day, affecting thousands of children.

On Wednesday morning, dozens of residents protesting against the deaths blocked Avenida Brasil, one of the city's main highways, with burning tires and set fire to a bus, causing hours of traffic jams. Military Police used tear gas to clear the road, and no injuries were reported.

"They come in shooting and we are the ones who die," said a woman at the protest, who said her nephew, a motorcycle taxi driver, was among the dead. Police said all those killed had been involved in confrontations with officers, a claim relatives disputed.

Human rights groups have long criticized the lethality of police operations in Rio. In 2020, the Supreme Court restricted raids in favelas during the pandemic, and it later ordered the state to reduce police killings, but large operations have continued.

One of the deadliest took place on May 24, 2022, when a raid in the Vila Cruzeiro favela left 23 people dead, most of them suspected gang members.

Rio state Governor Cláudio Castro defended Tuesday's operation. "Our police will not retreat from territories dominated by criminals," he said at a news conference. The state public defender's office said it would investigate the deaths.
''',
 E('AC', 'killed on Tuesday during a police operation', 'Police Forces of Brazil', 'CV: Red Command', 'wd:tue',
   L('Complexo da Maré', 'BR', 'Rio de Janeiro', 1), fat=8),
 E('VD', 'blocked Avenida Brasil', 'Rioters (Brazil)', 'Police Forces of Brazil', 'wd:wed',
   L('Rio de Janeiro', 'BR', 'Rio de Janeiro', 1), fat=0),
 E('AC', 'a raid in the Vila Cruzeiro favela left 23 people dead', 'Police Forces of Brazil', 'Unidentified Armed Group (Brazil)', '2022-05-24',
   L('Vila Cruzeiro', 'BR', 'Rio de Janeiro', 1), fat=23, bg=True),
)

# 0016 Niger roundup: attack on village near Téra + IED near Diffa (wire)
A('wire', '2024-12-11', '''
NIAMEY, Dec 11 (Agence Sahel Presse) - Suspected jihadists killed 21 civilians in an attack on a village in western Niger on Tuesday, while four soldiers died when their vehicle hit an explosive device in the country's southeast the same day, the defence ministry and local sources said.

In the first attack, gunmen on motorcycles surrounded a village about 30 kilometres from the town of Téra in the Tillabéri region in the early afternoon and opened fire on residents gathered at the market, a local official said. The ministry said in a statement read on state television on Wednesday that 21 civilians were killed and several wounded, and that livestock and food stocks were taken.

Residents blamed fighters of the Islamic State Sahel Province, which has carried out repeated attacks on villages in the tri-border area with Mali and Burkina Faso. The ministry referred only to "armed terrorist groups".

Hours later, four soldiers were killed and three wounded when their patrol vehicle struck an improvised explosive device near Diffa, close to the border with Nigeria, the ministry said. It blamed the blast on Boko Haram, which has been active around Lake Chad for more than a decade.

The ministry said reinforcements had been sent to both areas and that "search and sweep operations" were under way. It declared three days of national mourning.

Niger's military rulers came to power after soldiers of the presidential guard detained President Mohamed Bazoum in the capital Niamey on July 26, 2023. The junta has since expelled French troops, ended cooperation with the European Union on security and formed a confederation with the military governments of Mali and Burkina Faso.

Security analysts say attacks on civilians and the army have continued despite the junta's promise to restore security. The Tillabéri region, in particular, has seen hundreds of civilians killed over the past two years in attacks that often target markets and mosques.

The government has restricted access to the area for journalists, and the information it releases is difficult to verify. Residents of Téra said many families had fled to the town after the attack. "We have buried our dead quickly and left," said a farmer who reached the town on Wednesday morning.
''',
 E('ATK', 'killed 21 civilians', 'Islamic State Sahel Province', 'Civilians (Niger)', 'wd:tue',
   L('Téra', 'NE', 'Tillabéri', 2), fat=21),
 E('IED', 'struck an improvised explosive device', 'Boko Haram', 'Military Forces of Niger', 'wd:tue',
   L('Diffa', 'NE', 'Diffa', 2), fat=4),
 E('ARR', 'detained President Mohamed Bazoum', 'Military Forces of Niger', 'Government of Niger', '2023-07-26',
   L('Niamey', 'NE', 'Niamey', 1), bg=True),
)

# 0017 Ukraine: front-line fighting (capture claimed/denied) + glide bombs + drone raid into Russia (wire)
A('wire', '2024-11-28', '''
KYIV, Nov 28 (Euro-East News) - Russian troops pressed their offensive around the eastern town of Kurakhove on Wednesday, and Moscow said its forces had taken a village on the approaches to the town, a claim Ukraine's military rejected.

Ukraine's General Staff said in its evening report that Russian forces had attacked Ukrainian positions near Kurakhove 31 times during the day, using armoured vehicles and small infantry groups, and that the fighting was continuing. It did not give casualty figures.

Russia's defence ministry said units of its Southern group of forces had "liberated" a village north of Kurakhove after "active offensive actions". A spokesman for Ukraine's Khortytsia group of forces said on Thursday that the village "remains contested" and that Ukrainian units still held positions on its western edge. Neither account could be independently verified.

In the town of Kostiantynivka, about 50 kilometres to the north, two civilians were killed and five wounded on Wednesday afternoon when Russian aircraft dropped guided bombs on a residential street, Donetsk regional governor Vadym Filashkin said. A school and a shop were damaged.

Russia's use of heavy glide bombs, dropped from jets flying out of range of most Ukrainian air defences, has devastated towns along the front line and forced the evacuation of thousands of civilians from Donetsk region this year.

Ukraine, for its part, has stepped up long-range drone attacks on Russian territory. A source in Ukraine's SBU security service told reporters that its drones had hit an oil depot in Russia's Bryansk region early on Thursday, setting fuel tanks on fire. Bryansk governor Alexander Bogomaz said on Telegram that air defences had shot down 14 drones over the region and that there were no casualties or damage. The SBU source's claim could not be confirmed.

Kurakhove has been a key target for Russian forces since they captured the nearby coal-mining town of Vuhledar this autumn. Military analysts say Moscow is trying to reach the administrative borders of Donetsk region before winter sets in, while Kyiv is struggling with shortages of infantry.

Ukrainian President Volodymyr Zelenskiy said in his nightly address that the situation in the Pokrovsk and Kurakhove directions was "the most difficult" on the front and that reinforcements were being sent. He again appealed to allies to speed up deliveries of air defence systems and long-range weapons.

The Kremlin has said it is open to talks but only on the basis of Ukraine giving up the four regions Moscow claims to have annexed, a condition Kyiv rejects.
''',
 E('AC', 'attacked Ukrainian positions near Kurakhove', 'Military Forces of Russia', 'Military Forces of Ukraine', 'wd:wed',
   L('Kurakhove', 'UA', 'Donetsk', 2)),
 E('AIR', 'Russian aircraft dropped guided bombs', 'Military Forces of Russia', 'Civilians (Ukraine)', 'wd:wed',
   L('Kostiantynivka', 'UA', 'Donetsk', 1), fat=2),
 E('AIR', 'its drones had hit an oil depot', 'Military Forces of Ukraine', None, 'wd:thu',
   L('Bryansk', 'RU', 'Bryansk', 3), fat=0, mod='claimed'),
)

# 0018 Somalia: UN civilian-casualty report - no news-of-the-day event (web)
A('web', '2025-08-20', '''
UN report: civilian casualties in Somalia rose by a fifth in first half of 2025

Nairobi bureau | Somalia

Civilian casualties from Somalia's conflict rose by about 20 percent in the first six months of 2025 compared with the same period last year, with improvised explosive devices and fighting between government forces and al Shabaab militants the main causes, the United Nations said in a report released on Wednesday.

The UN Assistance Mission in Somalia (UNSOM) said it had documented 1,130 civilian casualties between January and June, including 412 people killed. Al Shabaab was responsible for about two thirds of them, the report said, while state security forces, clan militias and unidentified actors accounted for the rest.

"Civilians continue to bear the brunt of this conflict," the UN's humanitarian coordinator for Somalia said in a statement accompanying the report. "Parties must take every feasible precaution to spare them."

The report said that attacks using explosives in crowded places such as markets, restaurants and bus stations had become more frequent in central and southern regions, and that dozens of civilians had been killed by air strikes, although it did not attribute those strikes to any specific force.

Somalia's government rejected the parts of the report that concerned its troops. Information Minister Daud Aweis told reporters in Mogadishu that the army "respects international humanitarian law" and that al Shabaab used civilians as human shields.

Al Shabaab, for its part, warned in an audio message posted online on Monday that it would attack polling stations and anyone taking part in local elections planned for later this year. Officials said security would be stepped up ahead of the vote.

The group remains capable of major attacks despite years of military pressure. In one of its deadliest assaults on foreign troops, its fighters overran a Kenyan army base at El Adde in Gedo region on January 15, 2016, killing dozens of soldiers.

The African Union's mission in Somalia, which took over from earlier peacekeeping missions this year, faces a funding gap of several hundred million dollars, the report noted, warning that a withdrawal of troops could create a security vacuum in areas recently taken back from the militants.

The UN urged donors to increase support for victims, including medical care and compensation for families who lose their breadwinners.
''',
 E('AC', 'overran a Kenyan army base', 'Al Shabaab', 'Military Forces of Kenya', '2016-01-15',
   L('El Adde', 'SO', 'Gedo', 1), fat=12, bg=True),
)

# 0019 Mexico, Sinaloa: factional shootout in Culiacán + arms cache seizure (web)
A('web', '2024-10-22', '''
Five dead in Culiacán shootout as Sinaloa Cartel infighting enters seventh week

By Northern Mexico Correspondent

Five men were killed on Monday in a gunfight between rival cells of the Sinaloa Cartel in a residential neighborhood of Culiacán, the capital of Sinaloa state, state prosecutors said, as a bloody feud between two factions of the organization shows no sign of easing.

The shootout broke out in the afternoon in the Tres Ríos area, one of the city's more affluent districts, when armed men in several vehicles opened fire on a house where members of the rival faction were meeting, according to a preliminary report by the Sinaloa state prosecutor's office. The attackers were met with return fire, and the exchange lasted about 20 minutes. Schools in the area were locked down.

Authorities said all five of the dead were believed to be members of the two groups. Officials did not say which faction they belonged to.

On the same day, soldiers seized a cache of 32 rifles, a .50 caliber machine gun, 150 magazines and thousands of rounds of ammunition from a warehouse on the outskirts of Navolato, about 30 kilometers west of Culiacán, the Defense Ministry said. Four men were detained at the site.

The violence in Sinaloa erupted in September after the arrest in the United States of cartel co-founder Ismael "El Mayo" Zambada, who says he was kidnapped and flown across the border by a son of the jailed drug lord Joaquín "El Chapo" Guzmán. Since then, Zambada's faction, known as "Los Mayos," and the Guzmán sons' faction, "Los Chapitos," have been fighting for control of the cartel.

State officials say more than 300 people have been killed in the state since the infighting began, and dozens have been reported missing.

Culiacán has a history of such violence. On October 17, 2019, cartel gunmen laid siege to the city for hours after soldiers detained Ovidio Guzmán, one of El Chapo's sons, forcing the government to release him. The episode, known locally as the "Culiacanazo," became a symbol of the state's weakness.

President Claudia Sheinbaum said on Tuesday that the federal government had sent more than 2,000 additional troops to Sinaloa and that security forces would remain until peace was restored. Businesses in Culiacán, however, say they have lost millions of pesos as residents stay home after dark.
''',
 E('AC', 'gunfight between rival cells', 'Sinaloa Cartel', 'Sinaloa Cartel', 'wd:mon',
   L('Culiacán', 'MX', 'Sinaloa', 1), fat=5),
 E('DWU', 'seized a cache of 32 rifles', 'Military Forces of Mexico', None, 'wd:mon',
   L('Navolato', 'MX', 'Sinaloa', 2)),
 E('AC', 'laid siege to the city', 'Sinaloa Cartel', 'Military Forces of Mexico', '2019-10-17',
   L('Culiacán', 'MX', 'Sinaloa', 1), bg=True),
 E('ARR', 'soldiers detained Ovidio Guzmán', 'Military Forces of Mexico', 'Sinaloa Cartel', '2019-10-17',
   L('Culiacán', 'MX', 'Sinaloa', 1), bg=True),
)

# 0020 Cameroon, North-West: students kidnapped in Bamenda, freed in army raid (local)
A('local', '2023-11-08', '''
Bamenda: Separatist fighters abduct 11 students; army frees them after gunfight in Bambui

BAMENDA - Eleven secondary school students and a teacher who were abducted by suspected separatist fighters in Bamenda on Monday morning have been freed after a military operation in Bambui on Tuesday, authorities in the North West Region said.

The students of a government bilingual high school in the Nkwen neighbourhood were seized on their way to school by armed men who stopped their bus at gunpoint and took them towards the outskirts of the town, a school official told our reporter. Parents said the kidnappers later called to demand a ransom of five million francs CFA for each child.

On Tuesday, soldiers of the Rapid Intervention Battalion (BIR) and the army raided a separatist camp in the bush near Bambui, in Tubah subdivision, where the hostages were held. Two separatist fighters were killed in the exchange of fire and several others escaped with gunshot wounds, the Senior Divisional Officer for Mezam, Simon Emile Mooh, said. All the hostages were found alive, though two students were treated for shock.

A spokesperson of one of the separatist groups, the Ambazonia Defence Forces, denied on social media that its fighters had carried out the kidnapping, and accused the army of staging the rescue. The claim could not be verified.

The Anglophone crisis started in 2016 with protests by lawyers and teachers and turned into an armed conflict a year later, when separatists declared the independence of a state they call Ambazonia. The fighting has killed more than 6,000 people and driven hundreds of thousands from their homes, according to humanitarian organisations.

Schools have been a frequent target of the separatists, who have imposed boycotts on education in the English-speaking regions. On October 24, 2020, gunmen stormed a private school in Kumba, in the South West Region, and killed seven children, an attack the government blamed on separatists.

The Governor of the North West Region, Adolphe Lele Lafrique, praised the troops and urged parents to keep sending their children to school. "The terrorists will not take our children's future," he said.

Parents who gathered at the school on Tuesday afternoon to welcome the freed students said they were relieved but still afraid. "Tomorrow it can be another bus," one father said.
''',
 E('ABD', 'abducted by suspected separatist fighters', 'Ambazonian Separatists', 'Civilians (Cameroon)', 'wd:mon',
   L('Bamenda', 'CM', 'North-West', 1)),
 E('AC', 'raided a separatist camp', 'Military Forces of Cameroon', 'Ambazonian Separatists', 'wd:tue',
   L('Bambui', 'CM', 'North-West', 2), fat=2),
 E('ATK', 'killed seven children', 'Ambazonian Separatists', 'Civilians (Cameroon)', '2020-10-24',
   L('Kumba', 'CM', 'South-West', 1), fat=7, bg=True),
)

# 0021 Pakistan, Balochistan: highway killings of passengers + IED in Turbat (web)
A('web', '2025-05-27', '''
Gunmen offload, kill nine bus passengers on highway in Musakhel; FC soldier martyred in Turbat blast

Staff Reporter | Quetta

QUETTA: Armed men blocked a national highway in Balochistan's Musakhel district on Monday night, forced passengers off two buses and shot dead nine of them after checking their identity cards, officials said on Tuesday.

According to Musakhel Deputy Commissioner Najeeb Kakar, around 15 to 20 armed men set up a blockade on the N-70 highway near the Rarasham area at about 10pm and stopped vehicles travelling towards Punjab. "They checked the CNICs of the passengers and took nine men, all residents of Punjab, to the side of the road, where they were shot," he said. The bodies were shifted to the district hospital and later sent to their native towns in Dera Ghazi Khan and Multan.

The attackers also set fire to at least six trucks and a passenger van before fleeing towards the mountains. The proscribed Baloch Liberation Army (BLA) claimed responsibility in a statement issued to the media.

In a separate incident on Tuesday morning, a soldier of the Frontier Corps was martyred and three others were injured when a remote-controlled bomb went off near their vehicle on the outskirts of Turbat in Kech district, a security official said. No group immediately claimed the attack.

Chief Minister Sarfraz Bugti strongly condemned the Musakhel killings, calling them "a cowardly act against innocent labourers", and said those responsible would be brought to justice. Prime Minister Shehbaz Sharif also condemned the attack and sought a report from the provincial government.

Monday's killings echoed the events of August 2024, when gunmen killed 23 passengers after offloading them from vehicles on the same highway in Musakhel, part of a series of coordinated attacks by the BLA across the province.

Militant violence in Balochistan has escalated sharply this year. On March 11, BLA fighters hijacked the Jaffar Express, a Quetta-to-Peshawar passenger train, near the town of Mach in the Bolan Pass, taking hundreds of passengers hostage. Officials said 26 hostages were killed before the security forces ended the siege.

Transporters' associations announced on Tuesday that they would suspend night services on the N-70 until the government provided security. Traffic between Balochistan and Punjab remained thin throughout the day.
''',
 E('ATK', 'shot dead nine of them', 'BLA: Baloch Liberation Army', 'Civilians (Pakistan)', 'wd:mon',
   L('Musakhel', 'PK', 'Balochistan', 2), fat=9),
 E('IED', 'a remote-controlled bomb went off', 'Unidentified Armed Group (Pakistan)', 'Military Forces of Pakistan', 'wd:tue',
   L('Turbat', 'PK', 'Balochistan', 2), fat=1),
 E('ATK', 'gunmen killed 23 passengers', 'BLA: Baloch Liberation Army', 'Civilians (Pakistan)', '2024-08',
   L('Musakhel', 'PK', 'Balochistan', 2), fat=23, bg=True),
 E('ABD', 'hijacked the Jaffar Express', 'BLA: Baloch Liberation Army', 'Civilians (Pakistan)', '2025-03-11',
   L('Mach', 'PK', 'Balochistan', 2), fat=26, bg=True),
)

# 0022 Nigeria, Plateau: village attack in Bokkos + protest in Jos (local)
A('local', '2025-04-15', '''
PLATEAU: 27 KILLED AS GUNMEN ATTACK BOKKOS COMMUNITY, YOUTHS PROTEST IN JOS

By Our Correspondent, Jos

No fewer than 27 people were killed when gunmen attacked a farming community in Bokkos Local Government Area of Plateau State late on Sunday, the police have said.

The Police Public Relations Officer in the state, DSP Alabo Alfred, said in a statement on Monday that the attackers invaded the community at about 11pm and shot sporadically at residents, many of whom were asleep. He said 27 bodies had been recovered and that several injured persons were receiving treatment at the Cottage Hospital, Bokkos. Houses and a church were also burnt.

However, the community leader, who spoke on condition of anonymity, said 40 people were killed, and that some residents were still missing. "They came in large numbers, shooting and setting houses ablaze. We have been burying our people since morning," he said. Residents blamed the attack on armed herders, an accusation that groups representing Fulani pastoralists have rejected in the past.

On Monday, hundreds of youths under the aegis of the Plateau Youth Council marched through the streets of Jos, the state capital, carrying placards and singing solemn songs, to protest against the killings. The protesters converged on the Government House in Rayfield, where they were addressed by the Deputy Governor. The protest was peaceful.

The state Governor, Barr. Caleb Mutfwang, described the attack as "barbaric and callous" and imposed a 24-hour curfew on Bokkos. He directed security agencies to hunt down the perpetrators.

The latest attack has reopened wounds from the Christmas Eve killings of 2023. On December 24, 2023, gunmen attacked more than 20 villages in Bokkos and Barkin Ladi local government areas, killing at least 190 people in one of the deadliest episodes of violence in the state in years.

Plateau has for decades been the scene of clashes between mostly Muslim herders and largely Christian farming communities over land and grazing routes, and of religious and ethnic tensions. Analysts say a lack of arrests and prosecutions has fuelled cycles of reprisal attacks.

The Commissioner of Police said additional tactical units had been deployed to the area and that patrols had been intensified.
''',
 E('ATK', 'gunmen attacked a farming community', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 'wd:sun',
   L('Bokkos', 'NG', 'Plateau', 2), fat=27),
 E('PP', 'marched through the streets of Jos', 'Protesters (Nigeria)', None, 'wd:mon',
   L('Jos', 'NG', 'Plateau', 1), fat=0),
 E('ATK', 'gunmen attacked more than 20 villages', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', '2023-12-24',
   L('Bokkos', 'NG', 'Plateau', 2), fat=95, bg=True),
 E('ATK', 'gunmen attacked more than 20 villages', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', '2023-12-24',
   L('Barkin Ladi', 'NG', 'Plateau', 2), fat=95, bg=True),
)

# 0023 Ethiopia, Amhara: Fano attack + drone strike on minibus (wire)
A('wire', '2024-08-14', '''
ADDIS ABABA, Aug 14 (Horn Wire) - Fighters of the Fano militia attacked government troops on the edge of the town of Debre Markos in Ethiopia's Amhara region on Tuesday, residents said, while a drone strike a day earlier killed at least eight civilians travelling in a minibus near Gondar.

Heavy gunfire was heard from early morning on the eastern outskirts of Debre Markos, the capital of East Gojjam zone, and lasted until the afternoon, two residents said by phone. Shops and banks in the town stayed closed. "We could hear machine guns and heavy weapons. Nobody left their house," one resident said. Neither side gave casualty figures.

A Fano commander in the area told a diaspora-based media outlet that his fighters had "inflicted heavy losses" on the army and seized weapons. The government did not comment on the fighting.

In the second incident, a drone struck a minibus on a rural road about 20 kilometres south of Gondar on Monday afternoon, killing eight passengers, including two children, according to a health worker at a hospital in the city and a relative of one of the victims. Residents blamed the federal military, which is the only force in the region known to operate armed drones. A government spokesman did not respond to requests for comment.

The Fano, a loose network of Amhara militias that fought alongside federal troops during the 2020-2022 war in the northern Tigray region, took up arms against the government last year after authorities moved to disband regional forces. In August 2023, Fano fighters briefly seized the town of Lalibela, home to famed rock-hewn churches, before withdrawing.

The government declared a state of emergency in Amhara soon afterwards and has since carried out frequent drone strikes. Rights groups have documented dozens of civilian deaths in such strikes and have accused both sides of abuses, including extrajudicial killings.

Access to the region is restricted, and internet services have been cut off for long periods, making it difficult to verify reports from the area.

The conflict has disrupted farming and schooling across much of Amhara, Ethiopia's second-most-populous region, and aid agencies say millions of people need humanitarian assistance.
''',
 E('AC', 'attacked government troops', 'Fano Militia', 'Military Forces of Ethiopia', 'wd:tue',
   L('Debre Markos', 'ET', 'Amhara', 1)),
 E('AIR', 'a drone strike a day earlier killed', 'Military Forces of Ethiopia', 'Civilians (Ethiopia)', 'wd:mon',
   L('Gondar', 'ET', 'Amhara', 2), fat=8),
 E('NSO', 'briefly seized the town of Lalibela', 'Fano Militia', 'Military Forces of Ethiopia', '2023-08',
   L('Lalibela', 'ET', 'Amhara', 1), bg=True),
)

# 0024 West Bank: settler attack + drone strike on gunmen (web)
A('web', '2025-07-09', '''
Palestinian shot dead as settlers torch cars in al-Mughayyir; Israeli drone kills two gunmen near Tubas

By West Bank Correspondent | Ramallah

A 19-year-old Palestinian was shot dead on Tuesday during an attack by Israeli settlers on the village of al-Mughayyir, northeast of Ramallah in the occupied West Bank, the Palestinian health ministry said.

Dozens of settlers, some of them armed and masked, entered the village in the late afternoon and set fire to at least four cars and a farm shed, according to the village council head, Amin Abu Alia. When residents confronted them, some of the settlers opened fire, hitting the young man in the chest, he said. He died on the way to hospital in Ramallah. Three other residents were injured by stones and beatings.

The Israeli military said troops arrived at the scene after reports of "a violent confrontation between Israeli civilians and Palestinians, including stone throwing and arson," and that the incident was being looked into. It did not say who fired the shots.

Early on Wednesday, an Israeli drone struck a group of gunmen in the village of Tammun, near the northern city of Tubas, killing two of them, the military said. It said the men had opened fire on troops operating in the area. The Palestinian Islamic Jihad's armed wing said the dead were members of its local battalion.

Violence in the West Bank has surged since the start of the war in Gaza, with near-daily Israeli raids, a rise in attacks by settlers on Palestinian villages and attacks by Palestinians on Israelis.

One of the most serious settler attacks took place on February 26, 2023, when hundreds of settlers rampaged through the town of Huwara, setting homes and cars on fire, hours after a Palestinian gunman shot dead two Israeli brothers driving through the town. One Palestinian man was killed during the rampage.

Palestinian officials and rights groups say Israeli authorities rarely prosecute settlers who attack Palestinians. Israel says it investigates all such incidents and acts against "a small minority" of extremists.

In al-Mughayyir, residents held a funeral for the young man on Wednesday morning, and shops in the village closed in mourning. "They come every week now. We don't know who will be next," his uncle said.
''',
 E('ATK', 'attack by Israeli settlers on the village of al-Mughayyir', 'Settlers (Israel)', 'Civilians (Palestine)', 'wd:tue',
   L('al-Mughayyir', 'PS', 'West Bank', 1), fat=1),
 E('AIR', 'an Israeli drone struck a group of gunmen', 'Military Forces of Israel', 'PIJ: Palestinian Islamic Jihad', 'wd:wed',
   L('Tammun', 'PS', 'West Bank', 1), fat=2),
 E('ATK', 'hundreds of settlers rampaged through the town of Huwara', 'Settlers (Israel)', 'Civilians (Palestine)', '2023-02-26',
   L('Huwara', 'PS', 'West Bank', 1), fat=1, bg=True),
 E('ATK', 'a Palestinian gunman shot dead two Israeli brothers', 'Unidentified Armed Group (Palestine)', 'Civilians (Israel)', '2023-02-26',
   L('Huwara', 'PS', 'West Bank', 1), fat=2, bg=True),
)

# 0025 US, Oregon: protest at ICE facility turns violent + rally in Eugene (local)
A('local', '2025-06-16', '''
Portland police declare riot at ICE building protest; 9 arrested

By Metro Staff | The Oregon Daily

PORTLAND, Ore. — Portland police declared a riot late Saturday outside the U.S. Immigration and Customs Enforcement building in the South Waterfront after some protesters broke a gate, threw rocks and fireworks at officers and set a fire against the building's entrance, the Portland Police Bureau said.

About 300 people had gathered outside the ICE field office on Southwest Macadam Avenue in the early evening to protest immigration arrests in the Portland area and in other cities. The rally began with speeches and chanting and was largely peaceful for the first few hours, according to police and people who attended.

Shortly after 10 p.m., a smaller group pulled down part of a fence, smashed a security camera and lit a pile of wooden pallets near the entrance, police said. Federal officers inside the building fired tear gas and pepper balls into the crowd, and Portland officers moved in about an hour later to clear the street. Nine people were arrested on charges including riot, criminal mischief and assaulting a public safety officer. Two officers suffered minor injuries, police said.

"We support the right to free speech, but what happened last night was not a protest," Police Chief Bob Day said at a news conference Sunday.

Organizers said the violence was the work of a few people and accused federal officers of firing gas at peaceful demonstrators, including families. "We came here to stand with our neighbors who are being taken away," said one organizer, who did not want her name used.

In Eugene, about 200 people rallied outside the federal building on Sunday afternoon, carrying signs reading "No ICE in Lane County." Eugene police said the event ended without arrests or incidents.

The ICE facility in Portland has been the site of repeated demonstrations in recent weeks, after the federal government stepped up immigration enforcement in Oregon and Washington.

Mayor Keith Wilson said in a statement that the city would not tolerate vandalism and urged protesters to "keep it peaceful." Gov. Tina Kotek's office said state police were ready to assist the city if needed.

Further demonstrations have been called for next weekend, according to social media posts by local immigrant rights groups.
''',
 E('VD', 'threw rocks and fireworks at officers', 'Rioters (United States)', 'Police Forces of the United States', 'wd:sat',
   L('Portland', 'US', 'Oregon', 1)),
 E('PP', 'rallied outside the federal building', 'Protesters (United States)', None, 'wd:sun',
   L('Eugene', 'US', 'Oregon', 1), fat=0),
)

# 0026 Philippines: Mamasapano 10th anniversary - no news-of-the-day event (web)
A('web', '2025-01-25', '''
A decade after Mamasapano, families of fallen SAF 44 still seek closure

By Nation Desk | Manila

TAGUIG CITY — Police officials, relatives and former comrades gathered at the headquarters of the Philippine National Police Special Action Force (SAF) on Saturday to mark ten years since 44 commandos were killed in a botched counterterrorism raid in Mamasapano, Maguindanao.

Wreaths were laid at a memorial bearing the names of the fallen, and a 21-gun salute was rendered as a bugler played taps. PNP chief Gen. Rommel Francisco Marbil led the ceremony and called the commandos "heroes who gave everything so that others may live in peace."

On January 25, 2015, SAF troopers who had entered Mamasapano to serve an arrest warrant on the Malaysian bomb maker Zulkifli bin Hir, alias Marwan, clashed for hours with fighters of the Moro Islamic Liberation Front (MILF) and the Bangsamoro Islamic Freedom Fighters (BIFF). Marwan was killed in the raid, but 44 commandos, 18 MILF fighters and five civilians also died, according to the official board of inquiry.

The tragedy nearly derailed the peace process. It came less than a year after the government and the MILF signed the Comprehensive Agreement on the Bangsamoro in Manila on March 27, 2014, and it stalled the passage of the law creating a new autonomous region for several years.

In his speech, Marbil said the threat from local terrorist groups linked to the Islamic State had "greatly diminished" but warned that remnants could still attempt attacks. "We cannot let our guard down," he said, adding that the SAF would continue to train for urban and jungle operations.

Several widows said they were still waiting for accountability for the officials who planned the operation. "Ten years, and we still do not know the whole truth," said one widow, holding a framed photograph of her husband. A criminal case against former officials was dismissed by the anti-graft court in 2023.

Officials of the Bangsamoro Autonomous Region in Muslim Mindanao (BARMM), now led by former MILF leaders, sent a message of condolence and said the region's first parliamentary elections, scheduled for this year, would be a "fitting tribute" to those who died for peace. Government data show that more than 26,000 former MILF combatants have been decommissioned so far under the peace deal.

A separate commemoration was held in Mamasapano town, where residents and local officials offered prayers at a marker near the cornfield where many of the commandos fell.
''',
 E('AC', 'clashed for hours with fighters of the Moro Islamic Liberation Front', 'Police Forces of the Philippines', 'MILF: Moro Islamic Liberation Front', '2015-01-25',
   L('Mamasapano', 'PH', 'Bangsamoro Autonomous Region in Muslim Mindanao', 1), fat=67, bg=True),
 E('AGR', 'signed the Comprehensive Agreement on the Bangsamoro', 'Government of the Philippines', 'MILF: Moro Islamic Liberation Front', '2014-03-27',
   L('Manila', 'PH', 'National Capital Region', 1), bg=True),
)

# 0027 DRC, Ituri: CODECO attack on displacement site + militia clash (wire)
A('wire', '2024-02-13', '''
BUNIA, Democratic Republic of Congo, Feb 13 (Agence Grands Lacs) - Militiamen killed at least 15 people in an attack on a camp for displaced people near Fataki in eastern Congo's Ituri province late on Sunday, the United Nations peacekeeping mission said.

Fighters of the Cooperative for the Development of Congo (CODECO), a militia drawn mainly from the Lendu community, attacked the camp with machetes and firearms at around 8 p.m., setting fire to dozens of shelters, the U.N. mission, known as MONUSCO, said in a statement on Monday. Peacekeepers based nearby intervened and the attackers withdrew, it said.

A local civil society leader, Dieudonné Lossa, said 22 bodies had been found in and around the camp, most of them women and children. The camp housed about 5,000 people, mostly members of the Hema community who had fled earlier attacks.

On Monday, fighters of the Zaïre militia, a self-defence group drawn from the Hema community, clashed with CODECO fighters near the village of Pimbo, about 20 kilometres away, according to local officials. The fighting forced hundreds of families to flee towards Bunia. There was no immediate word on casualties.

The violence in Djugu territory has its roots in a long-running dispute between Hema herders and Lendu farmers over land and resources, which killed tens of thousands of people between 1999 and 2003. It flared again in late 2017, and CODECO has since been accused by the U.N. of crimes that could amount to crimes against humanity.

One of the deadliest attacks on the displaced came on February 1, 2022, when CODECO fighters attacked the Plaine Savo displacement site, killing at least 60 people.

The governor of Ituri, a military officer appointed under a "state of siege" that has been in place in the province since 2021, condemned Sunday's attack and said troops had been deployed to secure the area. Congo's army has been stretched by fighting against M23 rebels in neighbouring North Kivu.

Aid agencies say more than 1.5 million people are displaced in Ituri, many living in crowded camps with little protection. "The camps are supposed to be a refuge. Instead they have become targets," said a representative of an international aid group working in Bunia, who asked not to be named.
''',
 E('ATK', 'killed at least 15 people', 'CODECO: Cooperative for Development of Congo', 'Civilians (Democratic Republic of Congo)', 'wd:sun',
   L('Fataki', 'CD', 'Ituri', 2), fat=15),
 E('AC', 'clashed with CODECO fighters', 'Zaire Militia', 'CODECO: Cooperative for Development of Congo', 'wd:mon',
   L('Pimbo', 'CD', 'Ituri', 2)),
 E('ATK', 'CODECO fighters attacked the Plaine Savo displacement site', 'CODECO: Cooperative for Development of Congo', 'Civilians (Democratic Republic of Congo)', '2022-02-01',
   L('Plaine Savo', 'CD', 'Ituri', 1), fat=60, bg=True),
)

# 0028 Haiti: gangs overrun Lascahobas + police drone strike (web)
A('web', '2025-06-10', '''
Gangs overrun Lascahobas in central Haiti, burn police station

By Caribbean Correspondent | Port-au-Prince

Heavily armed members of the Viv Ansanm gang coalition seized control of the town of Lascahobas in Haiti's Centre department on Monday, burning the police station and forcing officers and hundreds of residents to flee, local officials and police said.

The gunmen entered the town from several directions at dawn and exchanged fire with police for several hours before officers, running low on ammunition, withdrew toward Mirebalais, a police union spokesman said. Six people were killed, including two police officers, according to the mayor's office. The gang members then set fire to the police station, the courthouse and several homes.

"The gangs now control the town. The population is on the roads, walking toward the Dominican border," Lascahobas deputy mayor Jean-Robert Pierre said in a telephone interview on Monday evening.

On Tuesday morning, a government task force struck a house used by gang leaders in Croix-des-Bouquets, east of the capital, with explosive-laden drones, a security official said, without giving details on casualties. The government has increasingly used drones against gang hideouts this year, raising concerns among human rights groups about the risk to civilians.

Viv Ansanm, an alliance of the capital's most powerful gangs formed last year, has pushed beyond Port-au-Prince in recent months in an apparent bid to control the main roads linking the capital to the north of the country and to the Dominican Republic.

The coalition first drew international attention when its members stormed the National Penitentiary in Port-au-Prince on March 2, 2024, freeing thousands of inmates in an assault that helped force the resignation of then-Prime Minister Ariel Henry.

A Kenyan-led multinational security mission has been deployed since mid-2024 to support the Haitian National Police, but it has far fewer troops than planned and has struggled to contain the gangs. The U.N. says more than 1 million Haitians have been displaced by violence.

The transitional presidential council said on Tuesday it would send reinforcements to the Centre department and called on residents to cooperate with the security forces.
''',
 E('NSO', 'seized control of the town of Lascahobas', 'Viv Ansanm', 'Police Forces of Haiti', 'wd:mon',
   L('Lascahobas', 'HT', 'Centre', 1), fat=6),
 E('AIR', 'struck a house used by gang leaders', 'Police Forces of Haiti', 'Viv Ansanm', 'wd:tue',
   L('Croix-des-Bouquets', 'HT', 'Ouest', 1)),
 E('AC', 'stormed the National Penitentiary', 'Viv Ansanm', 'Police Forces of Haiti', '2024-03-02',
   L('Port-au-Prince', 'HT', 'Ouest', 1), bg=True),
)

# 0029 Bangladesh: party factions clash in Chakaria + arrests + student rally (local)
A('local', '2025-08-19', '''
One killed, 30 injured as BNP factions clash in Chakaria; 14 arrested

Staff Correspondent, Cox's Bazar

A man was killed and at least 30 people were injured when supporters of two rival factions of the BNP clashed over control of a bazaar in Chakaria upazila of Cox's Bazar on Monday afternoon, police and locals said.

Witnesses said supporters of a local BNP leader and those of a former upazila chairman locked in a clash around 3:30pm at Chiringa Bazar over collection of tolls from shops, attacking each other with sticks, machetes and locally-made firearms. Several shops and motorcycles were set on fire.

The deceased, identified as Mohammad Rafiq, 38, a grocer, was hit by pellets and died on the way to Chattogram Medical College Hospital, said Chakaria Police Station Officer-in-Charge (OC) Shafiqul Islam. Police fired blank rounds and tear gas shells to bring the situation under control, he said.

Police arrested 14 people in drives across the upazila on Tuesday morning in connection with the clash, the OC added. A case is being prepared.

The district BNP unit said it had formed a probe committee and expelled three leaders for their involvement. "No one will be spared, whoever they are," the district general secretary told this correspondent.

Meanwhile, in Dhaka, hundreds of students formed a human chain in front of the National Press Club on Tuesday demanding an end to political violence and extortion ahead of the national election. The programme ended peacefully.

Clashes between rival political groups and between factions of the same party have increased across the country since the fall of the Awami League government, according to rights organisations. Ain o Salish Kendra recorded over 100 deaths in political violence in the first half of this year.

On August 5, 2024, crowds stormed Ganabhaban, the official residence of the prime minister in Dhaka, hours after Sheikh Hasina resigned and fled the country following weeks of student-led protests. Hundreds of people were killed during the uprising, according to the United Nations.

Local traders in Chakaria kept their shops closed on Tuesday fearing further violence, while additional police and members of the Armed Police Battalion were deployed in the area.
''',
 E('MOB', 'clashed over control of a bazaar', 'Rioters (Bangladesh)', 'Rioters (Bangladesh)', 'wd:mon',
   L('Chakaria', 'BD', 'Chittagong', 2), fat=1),
 E('ARR', 'Police arrested 14 people', 'Police Forces of Bangladesh', 'BNP: Bangladesh Nationalist Party', 'wd:tue',
   L('Chakaria', 'BD', 'Chittagong', 2)),
 E('PP', 'formed a human chain', 'Protesters (Bangladesh)', None, 'wd:tue',
   L('Dhaka', 'BD', 'Dhaka', 1), fat=0),
 E('VD', 'crowds stormed Ganabhaban', 'Rioters (Bangladesh)', None, '2024-08-05',
   L('Dhaka', 'BD', 'Dhaka', 1), bg=True),
)

# 0030 Mozambique, Cabo Delgado: beheadings near Mucojo + Rwandan-led clash (wire)
A('wire', '2024-05-21', '''
PEMBA, Mozambique, May 21 (Indian Ocean News) - Islamic State-linked insurgents beheaded four men who were fishing near the coastal village of Mucojo in northern Mozambique's Cabo Delgado province on Saturday, local sources said.

The victims, fishermen from a nearby community, were captured by a group of about ten armed men on the beach in Macomia district in the morning, a community leader said. Their bodies were found later that day by relatives. "The insurgents told the survivors to leave and not come back to the sea," he said.

The Islamic State group claimed the killings through its Amaq news agency, describing the victims as "Christians" collaborating with the army, and released photographs of the bodies.

On Sunday, Rwandan and Mozambican troops clashed with insurgents in a forested area near the village of Chai, in the same district, the Rwanda Defence Force said in a statement on Monday. It said six insurgents were killed and weapons recovered. It did not mention any losses among its troops.

Rwanda deployed about 1,000 soldiers and police to Cabo Delgado in July 2021 at the request of Mozambique's government, and the troops helped retake key towns, including the port of Mocímboa da Praia. Rwanda has since increased the size of its force, which now guards areas around the natural gas projects on the Afungi peninsula.

The insurgency, which began in 2017, has killed more than 5,000 people and displaced about a million, according to the Armed Conflict Location & Event Data project, although many displaced people have since returned home.

Its most notorious attack came on March 24, 2021, when hundreds of insurgents stormed the town of Palma, near the gas projects, killing dozens of people and holding the town for several days. The attack forced TotalEnergies to suspend its $20 billion liquefied natural gas project, which it has yet to restart.

Analysts say the militants have regrouped in recent months in Macomia and along the coast, exploiting the withdrawal of a Southern African regional force that had been deployed alongside the Rwandans. Local officials say fishermen and farmers have been particularly exposed as they move outside protected areas to earn a living.

Humanitarian agencies warned this week of new displacement in Macomia and neighbouring Quissanga districts.
''',
 E('ATK', 'beheaded four men', 'Islamic State Mozambique Province', 'Civilians (Mozambique)', 'wd:sat',
   L('Mucojo', 'MZ', 'Cabo Delgado', 2), fat=4),
 E('AC', 'clashed with insurgents', 'Military Forces of Rwanda', 'Islamic State Mozambique Province', 'wd:sun',
   L('Chai', 'MZ', 'Cabo Delgado', 2), fat=6),
 E('NSO', 'stormed the town of Palma', 'Islamic State Mozambique Province', 'Military Forces of Mozambique', '2021-03-24',
   L('Palma', 'MZ', 'Cabo Delgado', 1), fat=12, bg=True),
)

# 0031 Somalia: US air strike near Jilib + attack on base in Hiiraan (web)
A('web', '2024-01-24', '''
US strike kills three al-Shabaab fighters near Jilib; army says it repelled attack on Hiiraan base

Mogadishu Desk

The United States military said on Tuesday that it had carried out an air strike against al-Shabaab fighters near the town of Jilib in Somalia's Middle Juba region on Monday, killing three militants.

In a statement, the U.S. Africa Command (AFRICOM) said the strike was conducted at the request of the Somali federal government and that its initial assessment was that no civilians were injured or killed. It did not say how the strike was carried out, but most such operations are conducted by drones.

Radio Andalus, which is run by al-Shabaab, said the strike had hit a farm and killed "innocent farmers," a claim that could not be independently verified. Jilib has been under the group's control for more than a decade, and journalists have no access to the area.

On Tuesday, Somali National Army troops and allied clan militias known as Ma'awisley repelled an attack by al-Shabaab fighters on their base in the village of Moqokori in Hiiraan region, according to the region's governor, Ali Jeyte Osman. He told reporters by phone that 17 militants were killed and that the army lost two soldiers. Al-Shabaab, in a statement, said it had killed ten soldiers and captured two military vehicles.

"The fighting started before dawn and went on for three hours. The terrorists left their dead behind," the governor said.

Hiiraan was at the centre of the government's 2022 offensive, which was backed by clan militias angered by al-Shabaab's heavy taxation and forced recruitment. The militants have since launched counterattacks on many of the towns and villages they lost.

One of the deadliest of these came on January 4, 2023, when twin suicide car bombings in the town of Mahas killed at least 35 people, including local officials and clan fighters.

AFRICOM says it has conducted dozens of strikes against al-Shabaab and the Islamic State group in Somalia in recent years. Human rights groups have documented several cases of civilian casualties, which the U.S. military has in some cases acknowledged.

Somalia's government has said it aims to defeat the militants in the coming year, but analysts say the offensive has lost momentum amid disputes with federal member states and delays in payments to soldiers.
''',
 E('AIR', 'carried out an air strike against al-Shabaab fighters', 'Military Forces of the United States', 'Al Shabaab', 'wd:mon',
   L('Jilib', 'SO', 'Middle Juba', 2), fat=3),
 E('AC', 'repelled an attack by al-Shabaab fighters', 'Al Shabaab', 'Military Forces of Somalia', 'wd:tue',
   L('Moqokori', 'SO', 'Hiiraan', 1), fat=19),
 E('SB', 'twin suicide car bombings', 'Al Shabaab', 'Civilians (Somalia)', '2023-01-04',
   L('Mahas', 'SO', 'Hiiraan', 1), fat=35, bg=True),
)

# 0032 Nigeria, Niger Delta: pipeline blast in Ogoniland + oil workers kidnapped (local)
A('local', '2024-04-17', '''
Suspected vandals blow up Trans-Niger Pipeline in Ogoniland; three oil workers kidnapped in Bayelsa

From our correspondents, Port Harcourt and Yenagoa

Suspected vandals on Monday night blew up a section of the Trans-Niger Pipeline (TNP) at Bodo community in Gokana Local Government Area of Rivers State, leading to a fire that burnt for several hours.

Residents said they heard a loud explosion at about 11:45pm, after which thick smoke and flames were seen from the swamp near the community. The Chairman of the Bodo Council of Chiefs, who confirmed the incident, said no casualties were recorded, but that fishing ponds and farmlands in the area had been polluted by crude oil.

The operator of the pipeline said in a statement on Tuesday that it had shut in the line to contain the fire and would carry out an investigation. It said it suspected sabotage by people who tap the line for illegal refining.

In a separate incident, gunmen on Tuesday kidnapped three oil workers, including an engineer, from a houseboat in Southern Ijaw Local Government Area of Bayelsa State. The Bayelsa State Police Command spokesman, SP Musa Mohammed, said the attackers, who came in a speedboat, overpowered the workers and took them to an unknown destination. He said a rescue operation had been launched in collaboration with the military.

The Niger Delta region, home to most of Nigeria's oil production, has for decades been plagued by militancy, kidnapping and pipeline vandalism. At the height of the unrest, in February 2016, the Niger Delta Avengers blew up the Forcados export pipeline in Delta State, forcing a shutdown of the terminal for months and slashing national output.

Attacks declined after the federal government expanded its amnesty programme and awarded pipeline surveillance contracts to former militant leaders, although oil theft has remained widespread.

The Ogoni Youth Council condemned the explosion and called on security agencies to arrest those responsible. "Our people are tired of living in pollution. Our fish and our farms are dying," the council said.

The Nigerian Navy said in its weekly briefing on Tuesday that it had destroyed several illegal refining sites in the creeks of Rivers and Bayelsa states in recent weeks.
''',
 E('IED', 'blew up a section of the Trans-Niger Pipeline', 'Unidentified Armed Group (Nigeria)', None, 'wd:mon',
   L('Bodo', 'NG', 'Rivers', 1), fat=0),
 E('ABD', 'kidnapped three oil workers', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 'wd:tue',
   L('Southern Ijaw', 'NG', 'Bayelsa', 2)),
 E('IED', 'blew up the Forcados export pipeline', 'Niger Delta Avengers', None, '2016-02',
   L('Forcados', 'NG', 'Delta', 1), bg=True),
)

# 0033 India, J&K: encounter in Kulgam + grenade in Srinagar (web)
A('web', '2025-10-14', '''
Two LeT militants killed in Kulgam encounter; grenade hurled at CRPF bunker in Srinagar

Srinagar Bureau

Two militants were killed in an encounter with security forces in the Chinnigam area of south Kashmir's Kulgam district on Monday, police said.

A joint team of the Army's Rashtriya Rifles, the Jammu and Kashmir Police and the CRPF launched a cordon and search operation in the village early on Monday following specific input about the presence of militants, a police spokesperson said. As the forces approached a house, the hiding militants opened fire, triggering a gunfight that continued for several hours. One soldier was injured.

The slain militants were identified as local recruits affiliated with the Lashkar-e-Taiba, the spokesperson said, adding that two AK rifles and ammunition were recovered from the site.

In another incident on Monday evening, suspected militants lobbed a grenade at a CRPF bunker on Hari Singh High Street in Srinagar. The grenade missed its target and exploded on the roadside, injuring two passers-by, officials said. The area was cordoned off and a search launched for the attackers.

Inspector General of Police, Kashmir, told reporters that security forces were "on top of the situation" and that militants were trying to revive their presence in the Valley. He said the number of active local militants had fallen to its lowest in years.

Security has been tightened across Kashmir since April 22, when militants killed 26 people, most of them tourists, at the Baisaran meadow near Pahalgam, an attack India blamed on the Pakistan-based Lashkar-e-Taiba. India launched strikes on what it called terrorist infrastructure in Pakistan in the following weeks, leading to four days of hostilities between the neighbours before a ceasefire was announced.

Political leaders condemned the grenade attack and expressed concern about its timing, which came as the tourist season was picking up again. "This is an attempt to spread fear when normalcy is returning," a National Conference spokesperson said.

Traders in Srinagar's city centre said business continued as usual on Tuesday, though the presence of security personnel had been increased on major roads.
''',
 E('AC', 'killed in an encounter with security forces', 'Military Forces of India', 'Lashkar-e-Taiba', 'wd:mon',
   L('Chinnigam', 'IN', 'Jammu and Kashmir', 1), fat=2),
 E('GR', 'lobbed a grenade at a CRPF bunker', 'Unidentified Armed Group (India)', 'Police Forces of India', 'wd:mon',
   L('Srinagar', 'IN', 'Jammu and Kashmir', 1)),
 E('ATK', 'militants killed 26 people', 'Lashkar-e-Taiba', 'Civilians (India)', '2025-04-22',
   L('Pahalgam', 'IN', 'Jammu and Kashmir', 2), fat=26, bg=True),
)

# 0034 Myanmar, Shan: junta retakes Kyaukme + air strike (wire)
A('wire', '2025-10-28', '''
BANGKOK, Oct 28 (Asia Pacific Wire) - Myanmar's military said on Tuesday that its troops had recaptured the town of Kyaukme in northern Shan state from an ethnic armed group, reversing one of the resistance's biggest gains of the past two years.

State media said troops "completely regained control" of Kyaukme on Sunday after weeks of fighting with the Ta'ang National Liberation Army (TNLA), and showed images of soldiers raising the national flag over the town's administration office. It did not give casualty figures.

A TNLA spokesman, Lway Yay Oo, confirmed that its fighters had pulled out of the town, saying they had withdrawn "to protect civilians" after weeks of air strikes and artillery fire. He said fighting continued in villages around the town.

Separately, a military air strike on a village in Nawnghkio township, about 60 kilometres to the southwest, killed six civilians, including two children, on Monday, a local rescue group said. The military did not comment.

The TNLA seized Kyaukme in August 2024 during an offensive by an alliance of ethnic armed groups that inflicted a string of defeats on the military in northern Shan state. The alliance, which also includes the Myanmar National Democratic Alliance Army and the Arakan Army, first attacked in October 2023.

China, which has close ties with both the military and the ethnic groups along its border, has pressed the armed groups to stop fighting. A ceasefire between the military and the alliance was agreed at talks brokered by China in Kunming in January 2024, but it collapsed within months.

The military has regained several towns in northern Shan this year, helped by Chinese pressure on the armed groups, increased use of drones and a conscription law that has swelled its ranks. Analysts say the army hopes to consolidate its grip before elections it plans to hold in December, which opponents have dismissed as a sham.

Tens of thousands of people have been displaced by the fighting in northern Shan, according to the United Nations. Residents of Kyaukme who fled to nearby villages said they were afraid to return. "We do not know what the soldiers will do to people who stayed under the TNLA," one man said by phone.
''',
 E('GRT', 'had recaptured the town of Kyaukme', 'Military Forces of Myanmar', "TNLA: Ta'ang National Liberation Army", 'wd:sun',
   L('Kyaukme', 'MM', 'Shan', 1)),
 E('AIR', 'a military air strike on a village', 'Military Forces of Myanmar', 'Civilians (Myanmar)', 'wd:mon',
   L('Nawnghkio', 'MM', 'Shan', 2), fat=6),
 E('NSO', 'The TNLA seized Kyaukme', "TNLA: Ta'ang National Liberation Army", 'Military Forces of Myanmar', '2024-08',
   L('Kyaukme', 'MM', 'Shan', 1), bg=True),
 E('AGR', 'A ceasefire between the military and the alliance was agreed', 'Military Forces of Myanmar', 'Three Brotherhood Alliance', '2024-01',
   L('Kunming', 'CN', 'Yunnan', 1), bg=True),
)

# 0035 Colombia: JEP sentences over FARC kidnappings - no news-of-the-day event (web)
A('web', '2025-10-02', '''
Colombia's peace court sentences former FARC leaders over kidnappings

By Andean Correspondent | Bogotá

Colombia's transitional justice tribunal on Thursday handed seven former commanders of the Revolutionary Armed Forces of Colombia (FARC) "restorative" sentences of eight years for their role in the kidnapping of thousands of people during the country's armed conflict.

The Special Jurisdiction for Peace (JEP), created under the 2016 peace agreement, said the former members of the guerrilla group's ruling secretariat bore responsibility for a policy of kidnapping for ransom and for the cruel treatment of hostages, some of whom were held in jungle camps for more than a decade. The tribunal has documented more than 21,000 victims of kidnapping by the FARC.

Under the sentences, the former commanders will not go to prison but must carry out work such as searching for the missing, clearing landmines and supporting victims' projects, under monitoring by the court and the United Nations. They had previously accepted responsibility and apologized to victims in public hearings.

Victims' groups were divided. "A kidnapping is not repaired by planting trees," said a man who was held for three years. Others welcomed the recognition of what they had suffered and said the hearings had given them answers.

Among the best-known victims was the former presidential candidate Ingrid Betancourt, whom FARC fighters abducted on February 23, 2002, on a road near San Vicente del Caguán in the southern Caquetá department, and held for more than six years until she was freed in a military operation in 2008.

Betancourt, who testified before the court, said in a statement on Thursday that the ruling was "a step" but that the former commanders had still not told the full truth.

The former FARC leaders, who now lead the Comunes party, said they accepted the decision and would comply with the sanctions. Rodrigo Londoño, the group's last commander, known as Timochenko, said he again asked forgiveness from the victims.

The decision comes as President Gustavo Petro's government struggles to make progress in talks with other armed groups, including the National Liberation Army (ELN) and FARC dissident factions that rejected the peace deal. Kidnappings have risen again in parts of the country, and the army has warned that armed groups could try to disrupt next year's elections.

The JEP is expected to hand down sentences in other major cases, including the killing of civilians falsely presented by the army as guerrillas killed in combat, in the coming months.
''',
 E('ABD', 'FARC fighters abducted', 'FARC: Revolutionary Armed Forces of Colombia', 'Civilians (Colombia)', '2002-02-23',
   L('San Vicente del Caguán', 'CO', 'Caquetá', 2), bg=True),
)

# 0036 Sudan, Gezira: RSF attack on villages near Rufaa (wire)
A('wire', '2024-11-13', '''
PORT SUDAN, Nov 13 (Nile News Agency) - Fighters of Sudan's paramilitary Rapid Support Forces killed at least 30 people in an attack on a village near the town of Rufaa in the central Gezira state on Monday, a local activists' group said, the latest in a wave of assaults on communities in the region.

The fighters, travelling in pickup trucks and on motorcycles, stormed the village in the morning, shooting residents and looting homes, livestock and a grain store, the Wad Madani Resistance Committee said in a statement on Tuesday. It said at least 30 people were killed and dozens wounded, and that many women were missing. A medic at a health centre in a nearby village put the toll at 42.

The RSF did not respond to requests for comment. It has previously said that it targets only army positions and allied fighters, and has blamed "rogue elements" for abuses.

The attacks in Gezira intensified last month after a senior RSF commander in the state defected to the army. Residents and rights groups say the paramilitary has since carried out reprisals against villages it accuses of supporting him.

The army, meanwhile, said on Tuesday that its forces had retaken several villages in neighbouring Sennar state and were advancing towards Gezira. The claim could not be independently verified.

Gezira, Sudan's agricultural heartland, fell largely under RSF control in December last year, when the paramilitary advanced into the state capital Wad Madani. Since then, residents have reported widespread looting, killings and sexual violence.

In one of the worst incidents, RSF fighters attacked the village of Wad al-Nourah in Gezira on June 5, killing at least 100 people, according to activists. The United Nations called for an investigation into that attack.

The war between the army and the RSF, which began in April last year, has created the world's largest displacement crisis, with more than 11 million people forced from their homes. Famine has been confirmed in parts of the country, and aid agencies say access to Gezira has been almost completely cut.

"People are fleeing on foot with nothing. They sleep under trees and there is no food," a volunteer with an emergency response room in the area said by phone.
''',
 E('ATK', 'killed at least 30 people', 'Rapid Support Forces', 'Civilians (Sudan)', 'wd:mon',
   L('Rufaa', 'SD', 'Al Jazirah', 2), fat=30),
 E('NSO', 'advanced into the state capital Wad Madani', 'Rapid Support Forces', 'Military Forces of Sudan', '2023-12',
   L('Wad Madani', 'SD', 'Al Jazirah', 1), bg=True),
 E('ATK', 'RSF fighters attacked the village of Wad al-Nourah', 'Rapid Support Forces', 'Civilians (Sudan)', '2024-06-05',
   L('Wad al-Nourah', 'SD', 'Al Jazirah', 1), fat=100, bg=True),
)

# 0037 Iraq: live fire at power-cut protest in Basra + sit-in in Nasiriyah (web)
A('web', '2024-07-23', '''
One protester killed as Iraqi security forces open fire at Basra power-cut demonstration

By Gulf Correspondent | Baghdad

One protester was killed and 12 others were wounded when security forces opened fire on demonstrators angry over power cuts outside the provincial government building in Basra on Monday, medical and security sources said.

Hundreds of people had gathered in the southern city from the afternoon as temperatures reached 50 degrees Celsius, chanting against the government and demanding a reliable electricity supply. Some protesters tried to climb the outer wall of the compound, and security forces responded first with tear gas and then with live fire, two security sources said. The dead man, in his twenties, was hit in the head, a medic at Basra Teaching Hospital said.

The Basra governor's office said it regretted the loss of life and had ordered an investigation. It said "infiltrators" had tried to storm the building.

In Nasiriyah, the capital of Dhi Qar province, several hundred people staged a sit-in outside the local electricity directorate on Monday evening. Organisers said they would stay until supply improved. The protest passed off peacefully.

Iraq, despite its vast oil wealth, suffers from chronic electricity shortages, especially in the summer, when demand soars. The problem is worsened by reliance on gas and electricity imports from Iran, which are frequently disrupted, and by corruption and mismanagement in the power sector.

Summer protests over services have become a regular feature in the south. The largest wave of unrest in Iraq's recent history began on October 1, 2019, when security forces opened fire on protesters in Baghdad's Tahrir Square, setting off months of demonstrations across Baghdad and the south. Hundreds of protesters were killed over the following months.

Prime Minister Mohammed Shia al-Sudani's government has promised to add thousands of megawatts of generating capacity and to reduce imports, but officials have acknowledged that supply will not meet demand this summer.

Activists in Basra called for further demonstrations later this week and urged the security forces not to use force. "We are asking for electricity, not for anything else," one organiser said.
''',
 E('EXF', 'opened fire on demonstrators', 'Protesters (Iraq)', 'Police Forces of Iraq', 'wd:mon',
   L('Basra', 'IQ', 'Basra', 1), fat=1),
 E('PP', 'staged a sit-in', 'Protesters (Iraq)', None, 'wd:mon',
   L('Nasiriyah', 'IQ', 'Dhi Qar', 1), fat=0),
 E('EXF', 'opened fire on protesters', 'Protesters (Iraq)', 'Police Forces of Iraq', '2019-10-01',
   L('Baghdad', 'IQ', 'Baghdad', 1), bg=True),
)

# 0038 Mali: JNIM attack on fuel convoy + army drone strike claim (wire)
A('wire', '2025-09-24', '''
BAMAKO, Sept 24 (Agence Sahel Presse) - Jihadist fighters attacked a convoy of fuel tankers escorted by Malian soldiers in the western Kayes region on Tuesday, killing at least five soldiers and setting dozens of trucks on fire, security sources said.

The convoy, which was carrying fuel from Senegal to the capital Bamako, was ambushed near the town of Sandaré, between Kayes and Diéma, at around midday, a security source said. The soldiers fought back, but the attackers, who arrived on motorcycles and in pickup trucks, set fire to about 30 tankers before withdrawing. A truck drivers' union official said two drivers were missing.

Al Qaeda's Sahel affiliate, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), claimed the attack in a statement on Wednesday, saying its fighters had killed "dozens" of soldiers. The army, in a statement read on state television, acknowledged "a terrorist attack" on a convoy without giving a toll, and said its drones had struck the fighters' positions near Nioro du Sahel later on Tuesday, "neutralising several terrorists". Neither claim could be verified.

JNIM announced a blockade on fuel imports into Mali early this month, and has since attacked several convoys on the main roads from Senegal and Ivory Coast. Long queues have formed at petrol stations in Bamako, and some schools and businesses have closed.

The group has shown its ability to strike far from its traditional strongholds in central and northern Mali. On September 17, 2024, its fighters attacked a gendarmerie training school and the military airport in Bamako, killing more than 70 people, according to security sources.

Mali's military government, which seized power in coups in 2020 and 2021, ended its cooperation with France and U.N. peacekeepers and turned to Russia for security support. Fighters of Russia's Africa Corps now accompany some army operations.

Analysts say the blockade is aimed at turning the population against the junta by choking the economy. The transport ministry said on Wednesday that future convoys would be given stronger military escorts and air cover.
''',
 E('AC', 'attacked a convoy of fuel tankers escorted by Malian soldiers', 'JNIM: Group for Support of Islam and Muslims', 'Military Forces of Mali', 'wd:tue',
   L('Sandaré', 'ML', 'Kayes', 2), fat=5),
 E('AIR', "its drones had struck the fighters' positions", 'Military Forces of Mali', 'JNIM: Group for Support of Islam and Muslims', 'wd:tue',
   L('Nioro du Sahel', 'ML', 'Kayes', 2), fat=10, mod='claimed'),
 E('AC', 'attacked a gendarmerie training school', 'JNIM: Group for Support of Islam and Muslims', 'Military Forces of Mali', '2024-09-17',
   L('Bamako', 'ML', 'Bamako', 1), fat=70, bg=True),
)

# 0039 Serbia: riot in Novi Sad, march in Belgrade, attack on protesters in Vrbas (web)
A('web', '2025-08-15', '''
Police fire tear gas in Novi Sad as Serbia's anti-government protests turn violent

By Balkans Correspondent | Belgrade

Serbian police fired tear gas on Thursday night to disperse protesters who threw stones, bottles and flares at the offices of the ruling Serbian Progressive Party (SNS) in the northern city of Novi Sad, in some of the worst violence since student-led protests began last year.

Several thousand people had gathered in the city centre in the evening, and a group of protesters broke windows and set fire to the entrance of the SNS offices, according to police and footage broadcast by local media. Police said 11 officers were injured and 20 people were detained. Protesters said several demonstrators were also hurt by police batons.

In Belgrade, tens of thousands of people marched on Thursday from the university faculties to the government headquarters, blowing whistles and carrying banners demanding early elections. That march passed without incident.

On Wednesday night, in the town of Vrbas, a group of men described by witnesses as supporters of the ruling party attacked protesters with stones and pyrotechnics in front of the local SNS office. Several people were injured. The party denied organising the attack and accused the protesters of provoking the violence.

The protests started after the concrete canopy of Novi Sad's railway station collapsed on November 1, 2024, killing 16 people. Demonstrators blame corruption and negligence in state construction projects for the disaster, and the movement has grown into the biggest challenge to President Aleksandar Vučić's rule in more than a decade.

Its high point came on March 15, when hundreds of thousands of people rallied peacefully in Belgrade in what independent monitors called the largest protest in Serbia's history.

Vučić, speaking on television on Friday, called the Novi Sad violence "an attempt at a colour revolution" financed from abroad and said the state would "defend itself". He has rejected calls for early elections.

Student organisers urged supporters to remain peaceful and blamed provocateurs for the clashes. They called for new gatherings across the country over the weekend.
''',
 E('VD', 'threw stones, bottles and flares at the offices', 'Rioters (Serbia)', 'Police Forces of Serbia', 'wd:thu',
   L('Novi Sad', 'RS', 'Vojvodina', 1)),
 E('PP', 'marched on Thursday from the university faculties', 'Protesters (Serbia)', None, 'wd:thu',
   L('Belgrade', 'RS', 'Belgrade', 1), fat=0),
 E('MOB', 'attacked protesters with stones and pyrotechnics', 'Rioters (Serbia)', 'Protesters (Serbia)', 'wd:wed',
   L('Vrbas', 'RS', 'Vojvodina', 1)),
 E('PP', 'rallied peacefully in Belgrade', 'Protesters (Serbia)', None, '2025-03-15',
   L('Belgrade', 'RS', 'Belgrade', 1), fat=0, bg=True),
)

# 0040 Nigeria, northwest: Lakurawa attack in Kebbi + air strike claim in Sokoto (local)
A('local', '2025-01-08', '''
Lakurawa gunmen kill eight in Kebbi village; NAF says airstrikes hit terrorists' camp in Sokoto

By Our Correspondent, Birnin Kebbi

Suspected members of the Lakurawa terrorist group on Monday killed eight people and rustled hundreds of cattle in an attack on a village in Augie Local Government Area of Kebbi State, residents and officials said.

A resident, Malam Sani Garba, said the gunmen, numbering more than 50, arrived on motorcycles at about 4pm and opened fire on villagers who tried to stop them from taking their animals. "They killed eight of our people, including the son of our village head, and went away with more than 300 cows," he said.

The Kebbi State Police Command confirmed the attack. Its spokesman, SP Nafiu Abubakar, said in a statement that a joint team of police and military had been deployed to the area and that efforts were on to recover the rustled animals.

In a related development, the Nigerian Air Force said on Tuesday that its aircraft had struck a Lakurawa camp in Tangaza Local Government Area of neighbouring Sokoto State on Tuesday morning, "neutralising dozens of terrorists." The Director of Public Relations and Information, Air Vice Marshal Olusola Akinboyewa, said the strike followed "credible intelligence" on the gathering of fighters. The claim could not be independently verified.

Lakurawa, a group of armed men believed to have come from the Sahel, has been active in the border areas of Sokoto and Kebbi States for several years but came to wide public attention late last year. The military says the group has links with Islamic State affiliates in the Sahel.

The military's campaign against the group has not been without controversy. On December 25, military aircraft bombed two villages in Silame Local Government Area of Sokoto State, killing at least 10 civilians, according to residents and local officials. The military said it had targeted Lakurawa fighters and promised an investigation.

Community leaders in Augie appealed to the federal government to establish a permanent military base in the area. "We are farmers and herders. We cannot fight people with machine guns," one leader said.

Governor Nasir Idris condemned the killings and directed the state emergency agency to provide relief materials to affected families.
''',
 E('ATK', 'killed eight people', 'Lakurawa', 'Civilians (Nigeria)', 'wd:mon',
   L('Augie', 'NG', 'Kebbi', 2), fat=8),
 E('AIR', 'its aircraft had struck a Lakurawa camp', 'Military Forces of Nigeria', 'Lakurawa', 'wd:tue',
   L('Tangaza', 'NG', 'Sokoto', 2), fat=12, mod='claimed'),
 E('AIR', 'military aircraft bombed two villages', 'Military Forces of Nigeria', 'Civilians (Nigeria)', '2024-12-25',
   L('Silame', 'NG', 'Sokoto', 2), fat=10, bg=True),
)

# 0041 Pakistan-Afghanistan: border clash at Torkham + ceasefire deal (wire)
A('wire', '2025-03-05', '''
PESHAWAR, Pakistan, March 5 (Indus News Service) - Pakistani and Afghan border forces agreed on Tuesday to halt fighting at the Torkham crossing after an exchange of fire late on Monday killed three people, officials from both sides said, but the main trade route between the two countries remained closed.

The fighting broke out at around 10 p.m. on Monday when Afghan Taliban forces objected to the construction of a new Pakistani checkpost near the border fence, a Pakistani security official said. Both sides then exchanged heavy machine-gun and mortar fire for several hours. One Pakistani soldier was killed, the official said. A Taliban spokesman in Nangarhar province said two Afghan border guards had died.

Shells also landed near the Torkham bazaar on the Pakistani side, damaging several shops, residents said. Hundreds of trucks loaded with goods were stranded on both sides of the border, and thousands of travellers were stuck in Landi Kotal.

On Tuesday, a jirga of tribal elders and officials met at the border, and both sides agreed to a ceasefire and to hold further talks on the disputed construction, according to a member of the jirga and the Taliban's provincial information department. "The guns are silent now. The elders will decide about the checkpost," said the jirga member. Officials said the crossing could reopen within days if the truce held.

Torkham has been closed repeatedly because of border disputes. On September 6, 2023, border forces of the two countries exchanged fire at the crossing, which then remained shut for nine days.

Relations between Islamabad and Kabul have deteriorated since the Taliban returned to power in 2021. Pakistan accuses the Taliban government of sheltering fighters of the Tehreek-i-Taliban Pakistan (TTP) who carry out attacks inside Pakistan, a charge the Taliban deny. The Taliban, for their part, do not recognise the colonial-era Durand Line as the border and object to Pakistan's fencing.

Traders' associations said the closure was costing millions of dollars a day. "Fruit and vegetables are rotting in the trucks. Every day of closure is a loss for both countries," said the head of a chamber of commerce in Peshawar.

Pakistan's foreign ministry said it wanted "peaceful and cooperative" relations with Afghanistan but would not allow its territory to be used for attacks.
''',
 E('AC', 'exchange of fire late on Monday killed three people', 'Military Forces of Pakistan', 'Military Forces of Afghanistan', 'wd:mon',
   L('Torkham', 'PK', 'Khyber Pakhtunkhwa', 1), fat=3),
 E('AGR', 'both sides agreed to a ceasefire', 'Military Forces of Pakistan', 'Military Forces of Afghanistan', 'wd:tue',
   L('Torkham', 'PK', 'Khyber Pakhtunkhwa', 1)),
 E('AC', 'exchanged fire at the crossing', 'Military Forces of Pakistan', 'Military Forces of Afghanistan', '2023-09-06',
   L('Torkham', 'PK', 'Khyber Pakhtunkhwa', 1), bg=True),
)

# 0042 Philippines, Negros: NPA ambush + killing of peasant leader (local)
A('local', '2024-06-18', '''
2 soldiers killed in NPA ambush in Himamaylan; farmer-leader shot dead in Kabankalan

By Visayas Bureau

BACOLOD CITY — Two soldiers were killed and three others were wounded when communist New People's Army (NPA) rebels ambushed an Army patrol in the upland village of Buenavista in Himamaylan City, Negros Occidental on Sunday, June 16, the military said.

Lt. Col. Van Donald Almonte, commander of the 94th Infantry Battalion, said the soldiers were on their way back from a community support program activity when they were fired upon by around 15 rebels at around 2 p.m. The firefight lasted about 20 minutes. The wounded were brought to a hospital in Bacolod City and are in stable condition.

Almonte said blood stains were found along the rebels' withdrawal route, indicating that some of the attackers had been hit. Pursuit operations were ongoing, he said.

In a statement sent to reporters, the NPA's Apolinario Gatmaitan Command in southern Negros claimed responsibility for the ambush, saying it was in retaliation for "military abuses against peasants" in the area.

On Monday, June 17, a leader of a local farmers' association was shot dead by two men riding tandem on a motorcycle in Barangay Tapi, Kabankalan City. Police said the victim, 52, was on his way home from the market when he was shot several times. A militant peasant group blamed soldiers for the killing, an accusation the Army's 303rd Infantry Brigade denied, calling it "black propaganda."

Himamaylan has been one of the areas hardest hit by the remaining NPA fronts in Negros. On June 15, 2023, rebels ambushed a military truck in the same city, killing four soldiers.

The military has said the communist insurgency, which began in 1969 and is among the longest-running in Asia, has been reduced to a handful of weakened guerrilla fronts nationwide. Government data show thousands of rebels have surrendered in recent years under the government's reintegration program.

The provincial government of Negros Occidental condemned both incidents and called on residents to report any suspicious persons to authorities.
''',
 E('AC', 'ambushed an Army patrol', "NPA: New People's Army", 'Military Forces of the Philippines', '2024-06-16',
   L('Himamaylan', 'PH', 'Western Visayas', 2), fat=2),
 E('ATK', 'was shot dead by two men riding tandem', 'Unidentified Armed Group (Philippines)', 'Civilians (Philippines)', '2024-06-17',
   L('Kabankalan', 'PH', 'Western Visayas', 2), fat=1),
 E('AC', 'rebels ambushed a military truck', "NPA: New People's Army", 'Military Forces of the Philippines', '2023-06-15',
   L('Himamaylan', 'PH', 'Western Visayas', 1), fat=4, bg=True),
)

# 0043 Nigeria: kidnapping report - no news-of-the-day event (web)
A('web', '2024-09-26', '''
Report: over 7,500 Nigerians kidnapped in 12 months as ransom demands soar

By Business & Security Desk | Lagos

More than 7,500 people were abducted across Nigeria between July 2023 and June 2024, and families paid ransoms worth billions of naira to secure their release, a Lagos-based security consultancy said in a report released on Thursday.

The report by the risk advisory firm said it had recorded 7,568 kidnap victims in 1,130 incidents over the period, with the North West and North Central zones accounting for more than half of the cases. Zamfara, Kaduna and Niger states recorded the highest numbers of victims.

According to the report, kidnappers demanded a total of about N5 billion in ransom and were paid at least N2.2 billion, although the true figure is likely to be much higher because many families do not report payments. The firm said the average ransom demand had more than doubled compared with the previous year as inflation eroded the value of the naira.

"Kidnapping has become an industry that preys on the poorest as well as the rich," the report said. "Farmers, traders and students are now the main targets, not only wealthy businessmen."

One of the most high-profile cases in the period covered by the report occurred on March 7, 2024, when gunmen abducted 137 pupils and staff from a school in Kuriga, in Kaduna State. The pupils were freed about two weeks later; the government said no ransom was paid.

The report warned that kidnappings could rise further in the coming months as farming season ends and armed gangs seek new sources of income, and it urged the government to improve intelligence-sharing between security agencies.

The Presidency, in a reaction, said the report did not reflect "the significant gains" made by the armed forces in the past year, and noted that hundreds of kidnap victims had been rescued in military operations. It said the government was committed to ending insecurity.

Nigeria made paying ransom to kidnappers a criminal offence in 2022, but the law is rarely enforced, and families say they have no choice. "If you don't pay, they kill," said a trader in Kaduna whose brother was held for six weeks earlier this year.

Security analysts say the spread of kidnapping reflects the weakness of policing in rural areas, where a single police post may cover dozens of villages.
''',
 E('ABD', 'gunmen abducted 137 pupils and staff', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', '2024-03-07',
   L('Kuriga', 'NG', 'Kaduna', 1), bg=True),
)

# 0044 Brazil, Mato Grosso do Sul: indigenous leader killed + highway blockade (web)
A('web', '2024-10-02', '''
Guarani-Kaiowá leader shot dead in Mato Grosso do Sul; indigenous protesters block BR-163

By Brazil Correspondent | São Paulo

A leader of the Guarani-Kaiowá indigenous people was shot dead on Sunday near a disputed farm in the rural area of Caarapó, in the Brazilian state of Mato Grosso do Sul, indigenous organizations and police said.

The man, 46, was returning on foot to a camp set up by indigenous families on land they claim as ancestral territory when he was shot by men in a pickup truck, according to the Aty Guasu, the Guarani-Kaiowá assembly. State civil police said they had opened an investigation and were questioning witnesses, but had made no arrests.

On Tuesday, hundreds of Guarani-Kaiowá blocked the BR-163 federal highway near Dourados for about six hours, holding banners that read "Our land, our life" and demanding that the federal government complete the demarcation of their territories. The Federal Highway Police negotiated with the protesters, who later reopened the road. No incidents were reported.

The indigenous affairs ministry condemned the killing and said it had asked the Federal Police to take over the investigation, citing a "pattern of violence" against indigenous people in the state. Farmers' groups said they rejected violence but accused indigenous groups of invading productive properties.

Mato Grosso do Sul is home to one of Brazil's largest indigenous populations, many of whom live in overcrowded reserves or roadside camps after being pushed off their land by cattle ranching and soy farming during the 20th century. Land conflicts have turned deadly repeatedly.

In one of the most notorious cases, on June 14, 2016, gunmen attacked a group of Guarani-Kaiowá who had occupied a farm in Caarapó, killing a young health worker and wounding several others.

The Supreme Court has been considering the legal framework for indigenous land claims for years, and Congress passed a law last year limiting such claims to lands occupied in 1988, a thesis the court has rejected. Indigenous leaders say the uncertainty has encouraged violence against their communities.

Indigenous organizations called for a vigil in Caarapó on Wednesday and said they would travel to Brasília next week to meet government officials.
''',
 E('ATK', 'was shot dead on Sunday', 'Unidentified Armed Group (Brazil)', 'Civilians (Brazil)', 'wd:sun',
   L('Caarapó', 'BR', 'Mato Grosso do Sul', 2), fat=1),
 E('PP', 'blocked the BR-163 federal highway', 'Protesters (Brazil)', None, 'wd:tue',
   L('Dourados', 'BR', 'Mato Grosso do Sul', 2), fat=0),
 E('ATK', 'gunmen attacked a group of Guarani-Kaiowá', 'Unidentified Armed Group (Brazil)', 'Civilians (Brazil)', '2016-06-14',
   L('Caarapó', 'BR', 'Mato Grosso do Sul', 2), fat=1, bg=True),
)

# 0045 Mexico, Guerrero: journalist killed + protest + cartel clash (web)
A('web', '2025-03-19', '''
Journalist shot dead in Taxco; reporters protest in Chilpancingo

By Mexico City Bureau

A local journalist was shot dead outside his home in the city of Taxco, in the southern Mexican state of Guerrero, on Monday night, state prosecutors said, the latest in a long list of media workers killed in one of the world's most dangerous countries for the press.

The journalist, who ran a news page on Facebook covering crime and local politics in Taxco, was approached by two men on a motorcycle as he arrived home at around 9 p.m. and was shot several times, the Guerrero state prosecutor's office said. He died at the scene. Colleagues said he had received threats after publishing reports on extortion of local businesses.

On Tuesday, dozens of journalists gathered outside the Guerrero state congress in Chilpancingo, the state capital, holding photographs of the victim and placards reading "Not one more." They demanded that the state and federal authorities find and punish those responsible. The protest ended without incident.

Also on Tuesday, four men were killed in a gunfight between members of two criminal groups in the mountainous municipality of Heliodoro Castillo, according to a state security official, who identified the groups as Los Tlacos and La Familia Michoacana. Residents reported hearing gunfire for several hours near the town of Tlacotepec.

Press freedom organizations say more than 160 journalists have been killed in Mexico since 2000, and most cases remain unsolved. Local reporters who cover crime and corruption in small cities, often with little protection or institutional support, are the most exposed.

Among the best-known cases was that of Javier Valdez, an award-winning journalist who was shot dead in Culiacán, Sinaloa, on May 15, 2017. Two men were later convicted for his murder.

The federal mechanism for the protection of journalists and human rights defenders said it had been in contact with the victim's family. It was not clear whether he had asked for protection.

President Claudia Sheinbaum said at her morning news conference on Tuesday that the killing would be investigated and that "there will be no impunity." The Committee to Protect Journalists urged authorities to consider the journalist's work as a possible motive.
''',
 E('ATK', 'was shot dead outside his home', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', 'wd:mon',
   L('Taxco', 'MX', 'Guerrero', 1), fat=1),
 E('PP', 'gathered outside the Guerrero state congress', 'Protesters (Mexico)', None, 'wd:tue',
   L('Chilpancingo', 'MX', 'Guerrero', 1), fat=0),
 E('AC', 'were killed in a gunfight between members of two criminal groups', 'Los Tlacos', 'La Familia Michoacana', 'wd:tue',
   L('Tlacotepec', 'MX', 'Guerrero', 2), fat=4),
 E('ATK', 'was shot dead in Culiacán', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', '2017-05-15',
   L('Culiacán', 'MX', 'Sinaloa', 1), fat=1, bg=True),
)

# 0046 Lebanon: Israeli drone strike near Nabatieh + army seizes rocket launchers near Tyre (wire)
A('wire', '2025-08-27', '''
BEIRUT, Aug 27 (Levant Press) - An Israeli drone strike on a car in southern Lebanon killed one person on Tuesday, Lebanon's health ministry said, as Lebanese troops separately seized rocket launchers near the coastal city of Tyre.

The strike hit a car on a road between the villages of Kfar Roummane and Nabatieh al-Fawqa, on the outskirts of the city of Nabatieh, in the early afternoon, according to Lebanon's state news agency. The health ministry said one person was killed and a passer-by was wounded.

The Israeli military said it had killed a member of Hezbollah's Radwan special forces unit who was "involved in attempts to rebuild terrorist infrastructure" in southern Lebanon. Hezbollah did not immediately comment.

Hours later, the Lebanese army said in a statement that its units had found and seized four rocket launchers and a number of rockets in an orchard near Tyre, and had launched an investigation. It did not say who had placed them. The army has been deploying in the south under a U.S.-brokered ceasefire and says it has dismantled hundreds of Hezbollah positions.

The ceasefire that took effect on November 27, 2024, ended more than a year of hostilities between Israel and Hezbollah, including two months of all-out war. Under its terms, Hezbollah was to withdraw its fighters and weapons from south of the Litani River, and Israel was to pull its troops out of Lebanese territory.

Israel has kept troops at five hilltop positions inside Lebanon and carries out near-daily strikes that it says target Hezbollah members and infrastructure. Lebanese officials say the strikes violate the truce and have killed dozens of people since it took effect.

Israeli Defence Minister Israel Katz warned on Monday that Israel would "act with full force" if Hezbollah tried to rearm, and that it would not allow a return to the situation before the war.

The Lebanese government has approved a plan to bring all weapons in the country under state control by the end of the year, a move Hezbollah has rejected as long as Israel continues its strikes and occupation. Hezbollah Secretary-General Naim Qassem said in a speech last week that the group would not hand over its arms "under fire."

U.S. envoys are due in Beirut later this week for talks on the disarmament plan and on a possible Israeli withdrawal.
''',
 E('AIR', 'An Israeli drone strike on a car', 'Military Forces of Israel', 'Hezbollah', 'wd:tue',
   L('Nabatieh', 'LB', 'Nabatieh', 2), fat=1),
 E('DWU', 'seized four rocket launchers', 'Military Forces of Lebanon', None, 'wd:tue',
   L('Tyre', 'LB', 'South', 2)),
 E('AGR', 'The ceasefire that took effect on November 27, 2024', 'Military Forces of Israel', 'Hezbollah', '2024-11-27',
   L('Lebanon', 'LB', None, 4), bg=True),
)

# 0047 DRC: Doha declaration with M23 + clashes in Masisi (web)
A('web', '2025-07-21', '''
Congo, M23 sign ceasefire declaration in Doha as fighting flares in Masisi

By Great Lakes Correspondent | Kinshasa

Congo's government and the AFC/M23 rebel alliance signed a declaration of principles in Doha on Saturday, committing to a permanent ceasefire and to negotiations on a comprehensive peace deal, but fighting between the rebels and pro-government militias continued in the east the next day.

The document, signed by representatives of both sides in the presence of Qatari mediators, commits the parties to refrain from attacks, hate speech and any attempt to seize new territory, and to begin talks on restoring state authority in rebel-held areas. It sets a target of signing a final agreement by mid-August.

"This is a first step, not the end of the road," said a Qatari foreign ministry official. Congo's government spokesman Patrick Muyaya called the declaration "a commitment to peace that must now be respected on the ground."

On Sunday, however, M23 fighters clashed with Wazalendo militiamen near the village of Nyabiondo in Masisi territory, North Kivu, according to local civil society leaders, who said at least six fighters were killed. The M23 accused the militias, which fight alongside the Congolese army, of attacking its positions. A Wazalendo spokesman said his fighters were not bound by the Doha declaration.

The M23, which Congo, the United Nations and Western governments say is backed by Rwanda, captured Goma early this year and seized Bukavu, the capital of South Kivu province, in February. Rwanda denies backing the group and says its forces act in self-defence against Hutu militias linked to the 1994 genocide.

The Doha declaration follows a separate peace agreement between Congo and Rwanda that was signed in Washington on June 27, under which Rwanda is to withdraw its troops and Congo is to act against the Democratic Forces for the Liberation of Rwanda (FDLR), a militia founded by Hutu extremists.

Analysts said the declaration left the most difficult issues, including the withdrawal of the rebels from captured towns and the fate of their fighters, for later talks. "There have been many ceasefires in eastern Congo. The question is who will enforce this one," said a researcher in Goma.

The conflict has displaced more than 7 million people in Congo, according to the United Nations.
''',
 E('AGR', 'signed a declaration of principles in Doha', 'Government of the Democratic Republic of Congo', 'M23: March 23 Movement', 'wd:sat',
   L('Doha', 'QA', 'Baladiyat ad Dawhah', 1)),
 E('AC', 'M23 fighters clashed with Wazalendo militiamen', 'M23: March 23 Movement', 'Wazalendo Militia', 'wd:sun',
   L('Nyabiondo', 'CD', 'North Kivu', 2), fat=6),
 E('NSO', 'seized Bukavu', 'M23: March 23 Movement', 'Military Forces of the Democratic Republic of Congo', '2025-02',
   L('Bukavu', 'CD', 'South Kivu', 1), bg=True),
 E('AGR', 'a separate peace agreement between Congo and Rwanda', 'Government of the Democratic Republic of Congo', 'Government of Rwanda', '2025-06-27',
   L('Washington', 'US', 'District of Columbia', 1), bg=True),
)

# 0048 Pakistan, Punjab: TLP march clashes at Kamoke + arrest of leader in Lahore (local)
A('local', '2024-11-19', '''
Cop martyred, dozens injured as TLP marchers clash with police at Kamoke; party's deputy chief arrested

Staff Reporter

LAHORE: A police constable was martyred and over 40 people, including 25 policemen, were injured when workers of the Tehreek-e-Labbaik Pakistan (TLP) clashed with police at Kamoke on the GT Road on Monday as they tried to proceed towards Islamabad, officials said.

According to the Gujranwala police, thousands of TLP workers who had set off from Lahore on Sunday reached Kamoke in the afternoon, where containers had been placed on the road to stop the march. When police fired tear gas shells to disperse them, the workers pelted the policemen with stones, snatched batons and set two police vans on fire.

Constable Muhammad Asif, 32, sustained head injuries after being hit by a stone and died on the way to the DHQ hospital, a police spokesperson said. The TLP claimed that several of its workers were injured by police firing, which the police denied.

Early on Tuesday, police arrested TLP deputy chief from his residence in Lahore's Multan Road area, the spokesperson said, adding that a case had been registered against him and other party leaders under the Anti-Terrorism Act for inciting violence. Party sources said more than 300 workers had also been detained in raids across the province, which police did not confirm.

The march was called by the party to demand that the government sever diplomatic ties with a European country over the alleged desecration of the Holy Quran. Mobile internet services were suspended along the GT Road and in parts of Lahore.

The Punjab Information Minister, in a press conference, said the government would not allow any group to take the law into its own hands. "The state has shown restraint, but violence against police is unacceptable," she said.

The TLP has a history of violent protests. Its countrywide agitation in April 2021 began after the party's chief, Saad Hussain Rizvi, was arrested in Lahore on April 12, 2021. Several policemen were killed in the protests that followed, and the government briefly banned the party.

Traders in Gujranwala and Kamoke kept their businesses closed on Tuesday, while traffic on the GT Road remained suspended as the containers stayed in place.
''',
 E('VD', 'clashed with police at Kamoke', 'Rioters (Pakistan)', 'Police Forces of Pakistan', 'wd:mon',
   L('Kamoke', 'PK', 'Punjab', 1), fat=1),
 E('ARR', 'police arrested TLP deputy chief', 'Police Forces of Pakistan', 'TLP: Tehreek-e-Labbaik Pakistan', 'wd:tue',
   L('Lahore', 'PK', 'Punjab', 1)),
 E('ARR', 'was arrested in Lahore', 'Police Forces of Pakistan', 'TLP: Tehreek-e-Labbaik Pakistan', '2021-04-12',
   L('Lahore', 'PK', 'Punjab', 1), bg=True),
)

# 0049 Kenya: Garissa University attack 10th anniversary - no news-of-the-day event (local)
A('local', '2025-04-02', '''
GARISSA: A DECADE ON, FAMILIES REMEMBER 148 KILLED IN UNIVERSITY ATTACK

By Our Reporter, Garissa

Families, students and government officials gathered at Garissa University on Wednesday to mark ten years since al-Shabaab gunmen stormed the institution and killed 148 people, most of them students, in the deadliest terror attack on Kenyan soil since the 1998 US embassy bombing.

Candles were lit at a memorial garden on the campus, and the names of the victims were read out one by one. Religious leaders from the Christian and Muslim communities led joint prayers, and a choir of current students sang as parents wept.

On April 2, 2015, four gunmen armed with rifles and explosives entered the then Garissa University College before dawn and went from hostel to hostel, separating Muslim students from Christians and shooting the Christians, survivors said. The siege ended in the evening when security forces killed the attackers. Al-Shabaab claimed the attack.

"I hid in a wardrobe for eleven hours. I still hear the shots at night," said one survivor who now works as a teacher in Nairobi. He said the university had become a symbol of resilience, with enrolment now higher than before the attack.

Interior Cabinet Secretary Kipchumba Murkomen, who attended the ceremony, said security agencies had disrupted many planned attacks since 2015 and that cooperation with communities in the North Eastern region had improved. But he warned that al-Shabaab remained a threat, particularly along the border with Somalia, where the group plants explosives on roads used by security forces.

Some parents said they had never received the compensation promised by the government. "Ten years, and we are still writing letters," said the mother of a student from Kisii who was killed in the attack.

The anniversary comes six years after another major attack by the group in Kenya. In January 2019, al-Shabaab gunmen attacked the DusitD2 hotel and office complex in Nairobi, killing 21 people.

Kenya's troops have been part of the African Union force fighting al-Shabaab in Somalia since 2011, and the group says its attacks in Kenya are retaliation for that deployment.

A scholarship fund in memory of the victims, set up by a group of families and alumni, announced on Wednesday that it would support 50 students from the region this year.
''',
 E('ATK', 'four gunmen armed with rifles and explosives entered', 'Al Shabaab', 'Civilians (Kenya)', '2015-04-02',
   L('Garissa', 'KE', 'Garissa', 1), fat=148, bg=True),
 E('ATK', 'al-Shabaab gunmen attacked the DusitD2 hotel', 'Al Shabaab', 'Civilians (Kenya)', '2019-01',
   L('Nairobi', 'KE', 'Nairobi', 1), fat=21, bg=True),
)

# 0050 Pakistan: parliament debate on new counterterrorism operation - no news-of-the-day event (web)
A('web', '2024-06-25', '''
Opposition demands parliament's approval as government defends 'Azm-e-Istehkam'

Islamabad Bureau

ISLAMABAD: Prime Minister Shehbaz Sharif on Tuesday defended the government's new counterterrorism campaign, Azm-e-Istehkam, in the National Assembly, saying it would not be a large-scale military operation that displaces people, while the opposition demanded that it be approved by parliament first.

The federal apex committee on the National Action Plan approved the campaign on Saturday to "reinvigorate" the fight against militancy after a surge in attacks, particularly in Khyber Pakhtunkhwa and Balochistan. The announcement triggered concerns in the tribal districts, where memories of earlier operations that uprooted hundreds of thousands of people are still fresh.

"This is not an operation like Zarb-e-Azb or Rah-e-Nijat. No one will be displaced," the prime minister told the house. He said the campaign would focus on intelligence-based actions, legislation and the prosecution of terrorists, and that the armed forces, provinces and civil institutions would work together.

Opposition leader Omar Ayub Khan said his party would not support any operation "imposed without consulting the people of Khyber Pakhtunkhwa," and called for an in-camera briefing for lawmakers. Members from the tribal districts warned that a new operation could fuel resentment and further violence.

Defence Minister Khawaja Asif said militants were using Afghan territory to plan attacks, and warned that Pakistan could target their hideouts across the border if Kabul did not act. The Afghan Taliban government has repeatedly denied sheltering militants.

According to figures cited in the house, more than 1,000 people, including hundreds of security personnel, were killed in militant attacks in the country last year, the highest toll in several years.

Several speakers recalled the darkest day of Pakistan's war against terrorism. On December 16, 2014, Tehreek-i-Taliban Pakistan (TTP) gunmen stormed the Army Public School in Peshawar and killed 147 people, 132 of them children. The attack led to the adoption of the National Action Plan and a national consensus against militancy.

"We need the same unity today," said a senior lawmaker of the ruling coalition.

The session was adjourned until Wednesday, when the interior minister is expected to brief the house on the details of the campaign.
''',
 E('ATK', 'stormed the Army Public School in Peshawar', 'TTP: Tehreek-i-Taliban Pakistan', 'Civilians (Pakistan)', '2014-12-16',
   L('Peshawar', 'PK', 'Khyber Pakhtunkhwa', 1), fat=147, bg=True),
)
