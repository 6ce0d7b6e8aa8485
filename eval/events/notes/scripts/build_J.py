#!/usr/bin/env python3
"""Annotator J, round "articles" (third wave): whole news articles with their event coding.
Writes ../notes-J.jsonl and texts-J.jsonl (first 10 articles: id, published, text; no events).
Evidence is given as (trigger phrase, 1-based occurrence); occurrences are counted in the BODY only
(after the headline line when the article has one, hl=True), byte offsets are computed and checked here.
Dates: 'YYYY-MM-DD', 'YYYY-MM', None, 'rel:<Weekday>' (latest such weekday on/before publication),
'rel:-N' (N days before publication)."""
import json, sys, atexit, datetime
import os
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

OUT = os.path.join(HERE, 'notes-J.jsonl')
TEXTS = os.path.join(HERE, 'texts-J.jsonl')
PREFIX = 'article-J-'
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
DAYS = ['monday','tuesday','wednesday','thursday','friday','saturday','sunday']
ARTS = []
ERR = []

def L(name, cc, admin1=None, prec=1):
    return {'name': name, 'country': cc, 'admin1': admin1, 'precision': prec}

def E(st, a1, a2, date, loc, fat, trig, occ=1, mod='occurred', bg=False, plover=None):
    return dict(st=st, a1=a1, a2=a2, date=date, loc=loc, fat=fat, trig=trig, occ=occ, mod=mod, bg=bg, plover=plover)

def A(style, published, text, *events, hl=True):
    ARTS.append((style, published, text.strip('\n'), hl, list(events)))

def resolve_date(d, pub):
    if d is None or not d.startswith('rel:'):
        return d
    p = datetime.date.fromisoformat(pub)
    r = d[4:]
    if r.lower() in DAYS:
        k = (p.weekday() - DAYS.index(r.lower())) % 7
        return (p - datetime.timedelta(days=k)).isoformat()
    return (p - datetime.timedelta(days=int(r.lstrip('-')))).isoformat()

def byte_span(text, trig, occ, hl):
    base = text.index('\n') + 1 if hl else 0
    pos = base - 1
    for _ in range(occ):
        pos = text.find(trig, pos + 1)
        if pos < 0:
            raise ValueError('trigger %r occurrence %d not found' % (trig, occ))
    s = len(text[:pos].encode()); e = s + len(trig.encode())
    assert text.encode()[s:e].decode() == trig
    return s, e

def main():
    out = []
    for i, (style, pub, text, hl, evs) in enumerate(ARTS, 1):
        aid = PREFIX + '%04d' % i
        assert style in ('wire', 'web', 'local'), aid
        datetime.date.fromisoformat(pub)
        n = len(text.split())
        if not 200 <= n <= 950:
            print('WARN %s: %d words' % (aid, n), file=sys.stderr)
        recs = []
        for ev in evs:
            try:
                et, st, pl = ST[ev['st']]
                pl = ev['plover'] or pl
                assert pl in PLOVER and ev['mod'] in MODAL
                d = resolve_date(ev['date'], pub)
                if d is not None:
                    assert len(d) in (7, 10), d
                    datetime.date.fromisoformat(d if len(d) == 10 else d + '-01')
                    assert d <= pub, (d, pub)
                loc = ev['loc']
                if loc is not None:
                    assert len(loc['country']) == 2 and loc['precision'] in (1, 2, 3, 4)
                s, e = byte_span(text, ev['trig'], ev['occ'], hl)
                assert ev['fat'] is None or isinstance(ev['fat'], int)
                recs.append({'event_type': et, 'sub_event_type': st, 'plover': pl, 'modality': ev['mod'],
                             'actor1': ev['a1'], 'actor2': ev['a2'], 'date': d, 'location': loc,
                             'fatalities': ev['fat'], 'background': bool(ev['bg']),
                             'evidence': {'start': s, 'end': e, 'text': ev['trig']}})
            except Exception as ex:
                ERR.append('%s: %r' % (aid, ex))
        out.append({'id': aid, 'source_file': 'annotator-written',
                    'license': 'CC0-1.0 (written for tidings training by an annotator)',
                    'style': style, 'published': pub, 'text': text, 'events': recs})
    if ERR:
        print('\n'.join(ERR), file=sys.stderr); print('NOT WRITTEN', file=sys.stderr); sys.exit(1)
    with open(OUT, 'w') as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    if len(out) >= 10:
        with open(TEXTS, 'w') as fh:
            for r in out[:10]:
                fh.write(json.dumps({'id': r['id'], 'published': r['published'], 'text': r['text']}, ensure_ascii=False) + '\n')
    ne = sum(len(r['events']) for r in out)
    nb = sum(1 for r in out for e in r['events'] if e['background'])
    nn = sum(1 for r in out if not any(not e['background'] for e in r['events']))
    print('articles %d events %d background %d without-news-events %d' % (len(out), ne, nb, nn))

atexit.register(main)

# ---------------------------------------------------------------- articles
# 1 wire, toll retold 5 times
A('wire', '2016-02-10', """
DAMATURU, Nigeria, Feb 10 (Sahel Wire) - Two female suicide bombers blew themselves up at a crowded cattle market in the northeastern Nigerian city of Damaturu on Tuesday evening, killing at least nine people, police said.

The bombers, both of whom appeared to be teenagers, detonated their explosives within minutes of each other near the livestock pens as traders were closing for the day, witnesses said. "The first blast threw people to the ground, and when they ran towards the gate the second girl exploded," said Musa Garba, a cattle dealer who was wounded in the leg.

Yobe state police spokesman Abdulmalik Dungus said late on Tuesday that nine bodies had been recovered. By Wednesday morning the toll had risen to 14, a doctor at the Sani Abacha Specialist Hospital told Sahel Wire, adding that several of the 40 wounded were in a critical condition.

At midday on Wednesday the State Emergency Management Agency said 19 people had died in the twin bombings and 48 were being treated. A vigilante leader who helped carry the victims said he had counted 22 bodies, a figure that could not be confirmed.

No group claimed responsibility, but police blamed Boko Haram, which has repeatedly used young women and girls as suicide bombers in Yobe and neighbouring Borno state.

The market had reopened only in December after the authorities lifted a ban on cattle trading that was meant to cut off the group's funding. On Jan. 14, a suicide bomber killed four worshippers at a mosque in Potiskum, 100 km (60 miles) west of Damaturu.

Boko Haram's insurgency has killed more than 20,000 people since 2009, and the army says it has pushed the group out of most towns it once held. President Muhammadu Buhari condemned Tuesday's attack as "cowardly and desperate" and said the military would "not relent until the last terrorist is defeated."

Traders said the market would stay closed for at least a week.
""", 
  E('SB', 'Boko Haram', 'Civilians (Nigeria)', 'rel:Tuesday', L('Damaturu', 'NG', 'Yobe'), 19, 'blew themselves up'),
  E('SB', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', '2016-01-14', L('Potiskum', 'NG', 'Yobe'), 4, 'a suicide bomber killed four worshippers', bg=True),
  hl=False)

# 2 wire, tokenized punctuation
A('wire', '2014-06-09', """
QUETTA , Pakistan , June 9 ( Indus News Service ) - Gunmen opened fire on a bus carrying Shi'ite pilgrims returning from Iran near the town of Mastung in Pakistan 's southwestern Baluchistan province late on Sunday , killing at least 12 people , officials said .

The attackers , riding in two pickup trucks , forced the bus to stop on the highway about 50 km ( 30 miles ) south of Quetta and sprayed it with automatic fire , Levies official Mohammad Anwar told reporters .

By early Monday the death toll had risen to 19 , according to a statement from the provincial home department . Doctors at Quetta 's Civil Hospital later said 23 of the passengers had died and 17 were being treated for gunshot wounds .

" They did not ask anything , they just started shooting , " said Ghulam Abbas , 40 , who survived by hiding under a seat .

The sectarian group Lashkar-e-Jhangvi claimed responsibility in a telephone call to journalists , saying it would continue to target Shi'ites . The group also claimed a March 4 attack on a pilgrim convoy near Taftan that killed six people .

In a separate incident on Sunday , a roadside bomb struck a Frontier Corps vehicle in Turbat , in the south of the province . Three soldiers were wounded but no one was killed , a spokesman said .

Shi'ite leaders in Quetta said they would not bury the dead until the government acted against the militants , and hundreds of members of the Hazara community gathered outside the hospital on Monday to demand protection .

Hundreds of Shi'ites have been killed in Baluchistan in recent years , and many pilgrims now travel by air rather than use the road to the Iranian border .
""",
  E('ATK', 'Lashkar-e-Jhangvi', 'Civilians (Pakistan)', 'rel:Sunday', L('Mastung', 'PK', 'Balochistan', 2), 23, 'opened fire on a bus'),
  E('ATK', 'Lashkar-e-Jhangvi', 'Civilians (Pakistan)', '2014-03-04', L('Taftan', 'PK', 'Balochistan', 2), 6, 'a March 4 attack on a pilgrim convoy', bg=True),
  E('IED', 'Unidentified Armed Group (Pakistan)', 'Military Forces of Pakistan', 'rel:Sunday', L('Turbat', 'PK', 'Balochistan'), 0, 'a roadside bomb struck'),
  E('PP', 'Protesters (Pakistan)', None, 'rel:Monday', L('Quetta', 'PK', 'Balochistan'), None, 'gathered outside the hospital on Monday to demand protection'),
  hl=False)

# 3 wire, all caps headline, toll retold
A('wire', '2019-10-12', """
KENYA: SEVEN POLICE KILLED AS BOMB HITS PATROL NEAR SOMALI BORDER

MANDERA, Kenya, Oct 12 (East Africa Newswire) - A roadside bomb destroyed a police vehicle on the road between Mandera and Arabia near Kenya's border with Somalia on Friday, killing five officers, a regional police commander said.

The officers, from the paramilitary General Service Unit, were escorting a water tanker when the device exploded under their Land Cruiser at about 10 a.m., North Eastern regional commander Mohamed Birik said on Friday evening.

On Saturday the Interior Ministry said the toll had risen to seven after two officers died of their wounds at Mandera County Referral Hospital. One more officer was flown to Nairobi in critical condition, the ministry said.

Al-Shabaab, the Somali Islamist group allied to al Qaeda, claimed the attack in a statement on one of its radio stations and said it had killed 11 "Kenyan crusader soldiers". The police dismissed that number as propaganda, putting the final toll at seven dead.

Hours after the blast, suspected militants set fire to a Safaricom communications mast near Elwak, 150 km south of Mandera, cutting phone services to several villages, county officials said. Nobody was hurt.

Kenya has been a frequent target of al-Shabaab since it sent troops into Somalia in 2011. The group killed 148 people at Garissa University College in 2015 and 21 at a Nairobi hotel complex in January.

Security in Mandera county has been tightened in recent months after teachers from outside the region refused to return to their schools, citing repeated attacks on non-local workers. "We are asking the government to guarantee our safety before we go back," said a teachers' union official, Hassan Ali.

Interior Minister Fred Matiang'i, speaking in Nairobi, said the attackers "will be hunted down wherever they hide."
""",
  E('IED', 'Al Shabaab', 'Police Forces of Kenya', 'rel:Friday', L('Mandera', 'KE', 'Mandera', 2), 7, 'A roadside bomb destroyed a police vehicle'),
  E('LOOT', 'Al Shabaab', None, 'rel:Friday', L('Elwak', 'KE', 'Mandera', 2), 0, 'set fire to a Safaricom communications mast'),
  E('ATK', 'Al Shabaab', 'Civilians (Kenya)', '2019-01', L('Nairobi', 'KE', 'Nairobi'), 21, '21 at a Nairobi hotel complex in January', bg=True),
)
# 4 wire, Mosul, GRT + suicide car bomb + air strike earlier day (news with new detail)
A('wire', '2017-06-05', """
MOSUL, Iraq, June 5 (Gulf Desk) - Iraqi forces on Monday recaptured the Zanjili district on the northern edge of Mosul's Old City from Islamic State, the Joint Operations Command said, tightening the noose around the militants' last enclave in the city.

Counter Terrorism Service troops raised the Iraqi flag over the district's main mosque after a day of street fighting, CTS spokesman Sabah al-Numan told reporters. He said at least 30 militants had been killed in Monday's assault, a figure that could not be independently verified.

As troops advanced on Monday morning, an Islamic State suicide bomber drove an explosives-laden car into an army checkpoint at the entrance of Zanjili, killing three soldiers and a civilian, an army officer at the scene said. A second car bomb was destroyed by an anti-tank missile before it reached the troops, he said.

Residents who fled the area on Monday also described an air strike on Saturday night that flattened a house in the nearby Shifa district where two families had been sheltering. Ahmed Younis, 52, said eight of his relatives were killed. The U.S.-led coalition said it was reviewing the report.

"We stayed in the basement for two weeks. There was no water and they would shoot anyone who tried to leave," said Um Hassan, who reached a screening centre west of the city with her four children.

The United Nations says about 200,000 civilians remain trapped in the Old City, where Islamic State fighters are dug in among narrow alleys. Iraqi commanders have said they expect the battle, which began in October, to end within weeks.

Islamic State's leader Abu Bakr al-Baghdadi declared a caliphate from the Old City's al-Nuri mosque in July 2014.
""",
  E('GRT', 'Military Forces of Iraq', 'Islamic State', 'rel:Monday', L('Mosul', 'IQ', 'Nineveh', 2), 30, 'recaptured the Zanjili district'),
  E('SB', 'Islamic State', 'Military Forces of Iraq', 'rel:Monday', L('Mosul', 'IQ', 'Nineveh', 2), 4, 'an Islamic State suicide bomber drove an explosives-laden car'),
  E('DWU', 'Military Forces of Iraq', 'Islamic State', 'rel:Monday', L('Mosul', 'IQ', 'Nineveh', 2), None, 'A second car bomb was destroyed'),
  E('AIR', 'Military Forces of the United States', 'Civilians (Iraq)', 'rel:Saturday', L('Mosul', 'IQ', 'Nineveh', 2), 8, 'an air strike on Saturday night'),
  hl=False)

# 5 wire, anniversary, no news event (background only)
A('wire', '2019-12-16', """
PESHAWAR, Pakistan, Dec 16 (Indus News Service) - Parents, teachers and former pupils gathered at the Army Public School in Peshawar on Monday to mark five years since Pakistani Taliban gunmen stormed the building and killed more than 140 people, most of them children.

The ceremony began with a minute's silence in the school auditorium, where many of the victims were shot on Dec. 16, 2014. Candles were lit beside the portraits of the dead that line the school's corridors, and students read the names of their classmates.

"My son was 14. Every year the speeches get shorter and the questions remain," said Ajoon Khan, whose son was killed in the attack. Several parents have long demanded that senior officials be held responsible for security failures, and a judicial commission report on the massacre was made public only last year.

The attack, claimed by the Tehrik-i-Taliban Pakistan (TTP), led the government to lift a moratorium on the death penalty and to launch a National Action Plan against militancy. Military courts have since sentenced dozens of militants, and several men convicted over the school attack were hanged in 2015.

Khyber Pakhtunkhwa's chief minister told the gathering that militancy had been "broken" in the province. Official figures show that militant attacks in Pakistan fell by more than 80 percent between 2014 and 2018.

But security analysts warn that the TTP has regrouped across the border in Afghanistan. "The threat has changed shape, it has not disappeared," said Peshawar-based analyst Khadim Hussain.

In Islamabad, Prime Minister Imran Khan said in a statement that the nation "will never forget the sacrifice of our children" and pledged to continue the fight against extremism.

Police deployed hundreds of officers around the school and along Warsak Road for the ceremony, which passed off peacefully.
""",
  E('ATK', 'Tehrik-i-Taliban Pakistan', 'Civilians (Pakistan)', '2014-12-16', L('Peshawar', 'PK', 'Khyber Pakhtunkhwa'), 140, 'stormed the building and killed more than 140 people', bg=True),
  hl=False)

# 6 web, Myanmar 2021 protests
A('web', '2021-03-16', """
Myanmar forces shoot dead three protesters in Myingyan; strike leader detained in Dawei

By Mekong Desk | March 16, 2021

Myanmar security forces opened fire on anti-coup protesters in the central town of Myingyan on Monday, killing at least three people and wounding several others, witnesses and a local rescue group said.

Hundreds of protesters had built barricades of sandbags and bamboo across a main road when soldiers and police arrived in trucks in the late morning and first fired tear gas and stun grenades, then live rounds, according to two witnesses reached by telephone.

"They were shooting straight at us. A young man next to me fell and did not get up," said one protester, a 23-year-old student who asked not to be named for fear of arrest.

A volunteer rescue team said on Monday evening it had taken three bodies to the town's hospital. On Tuesday a doctor at the hospital said a fourth victim, a 17-year-old boy shot in the stomach, had died overnight.

State television said security forces had "dispersed rioters who attacked officers with catapults and petrol bombs" in Myingyan and that an unspecified number of people had been injured. It made no mention of deaths.

In the southern coastal town of Dawei, thousands marched peacefully on Monday behind a banner reading "We want democracy", and no security forces intervened, residents said. Hours later, plainclothes police detained Ko Zaw Min, a leader of the local strike committee, at his home, his family said.

The junta has detained more than 2,000 people since the Feb. 1 coup, according to the Assistance Association for Political Prisoners, which says at least 180 people have been killed in the crackdown.

Junta spokesman Brigadier General Zaw Min Tun has said security forces use "minimum force" and that protesters are to blame for the violence.
""",
  E('EXF', 'Military Forces of Myanmar', 'Protesters (Myanmar)', 'rel:Monday', L('Myingyan', 'MM', 'Mandalay'), 4, 'opened fire on anti-coup protesters'),
  E('PP', 'Protesters (Myanmar)', None, 'rel:Monday', L('Dawei', 'MM', 'Tanintharyi'), None, 'thousands marched peacefully'),
  E('ARR', 'Police Forces of Myanmar', 'Protesters (Myanmar)', 'rel:Monday', L('Dawei', 'MM', 'Tanintharyi'), None, 'detained Ko Zaw Min'),
)

# 7 web, Ethiopia air strike, toll retold
A('web', '2021-06-25', """
Air strike on Tigray market kills dozens, health workers say; army says it hit fighters

By Horn Desk staff | June 25, 2021

An air strike hit a busy market in the village of Adi Mesino in Ethiopia's Tigray region on Wednesday, killing at least 30 people, health workers and residents said, in one of the deadliest incidents of the seven-month war.

The strike hit the market at around 1 p.m., when hundreds of people were buying and selling grain and livestock, a nurse who treated the wounded said. "There were bodies everywhere, people were carrying children to the clinic on their backs," she said.

On Thursday, an official at Ayder Referral Hospital in Mekelle, where some of the wounded were taken, said the number of dead had risen to 43. A health official in the nearby town of Abi Adi said on Friday that 51 people had died, including at least 12 children, and that more than 80 had been wounded.

Ambulances sent from Mekelle were stopped at a checkpoint by soldiers for several hours on Wednesday, according to medical workers, an account the military did not address.

An Ethiopian army spokesman, Colonel Getnet Adane, said the air force had carried out "a precise operation" against fighters of the Tigray People's Liberation Front who had gathered in the village, and denied that civilians were targeted. "Those who were killed were not civilians," he said.

The strike came as fighting intensified in central Tigray. On Monday, Tigrayan forces ambushed an army convoy near Samre, killing at least ten soldiers, according to a resident who saw the aftermath; the government did not comment.

The conflict, which began in November, has killed thousands of people and pushed hundreds of thousands to the edge of famine, according to the United Nations. The European Union on Thursday called for an independent investigation into the market strike.
""",
  E('AIR', 'Military Forces of Ethiopia', 'Civilians (Ethiopia)', 'rel:Wednesday', L('Adi Mesino', 'ET', 'Tigray'), 51, 'An air strike hit a busy market'),
  E('AC', 'Tigray Defense Forces', 'Military Forces of Ethiopia', 'rel:Monday', L('Samre', 'ET', 'Tigray', 2), 10, 'ambushed an army convoy'),
)

# 8 wire, Mozambique, NSO then GRT, background
A('wire', '2020-05-31', """
PEMBA, Mozambique, May 31 (Indian Ocean News) - Mozambican security forces said on Sunday they had retaken the town of Macomia in the northern province of Cabo Delgado, two days after Islamist insurgents seized it in one of their boldest raids yet.

Dozens of fighters entered Macomia from three directions before dawn on Thursday, overran the police command and occupied the town centre, residents who fled into the bush said. The insurgents, who call themselves al-Shabaab locally but have pledged allegiance to Islamic State, raised a black flag at the district administration building.

During their two-day occupation the fighters looted shops and a bank branch and set fire to the district hospital and dozens of houses, according to a local church official.

Interior Minister Amade Miquidade said on Sunday that police and army units backed by helicopters had driven the insurgents out of Macomia on Saturday and killed "dozens of terrorists". He did not give figures for his own side. A resident who returned on Sunday said he had seen the bodies of at least four civilians in the streets.

Islamic State's Central Africa Province claimed the attack on Macomia and said it had killed more than 20 soldiers, a claim that could not be verified.

The raid followed a string of attacks in the province. On April 7, insurgents killed 52 young men in the village of Xitaxi in Muidumbe district after they refused to join the group, police said at the time. In March the militants briefly occupied the port town of Mocimboa da Praia.

The insurgency, which began in October 2017, has killed more than 1,000 people and forced more than 200,000 from their homes, aid groups say. Gas companies building a $20 billion project on the Afungi peninsula have stepped up security.
""",
  E('NSO', 'Islamic State Central Africa Province', 'Police Forces of Mozambique', 'rel:Thursday', L('Macomia', 'MZ', 'Cabo Delgado'), None, 'overran the police command'),
  E('GRT', 'Military Forces of Mozambique', 'Islamic State Central Africa Province', 'rel:Saturday', L('Macomia', 'MZ', 'Cabo Delgado'), 12, 'had driven the insurgents out of Macomia'),
  E('ATK', 'Islamic State Central Africa Province', 'Civilians (Mozambique)', '2020-04-07', L('Xitaxi', 'MZ', 'Cabo Delgado'), 52, 'insurgents killed 52 young men', bg=True),
  E('NSO', 'Islamic State Central Africa Province', 'Military Forces of Mozambique', '2020-03', L('Mocimboa da Praia', 'MZ', 'Cabo Delgado'), None, 'briefly occupied the port town', bg=True),
  hl=False)
# 9 wire, CAR 2014 roundup
A('wire', '2014-05-29', """
BANGUI, May 29 (Central Africa Press) - A grenade thrown into a crowd at a market in the Central African Republic's capital Bangui killed two people and wounded 18 on Wednesday, a day after clashes between Christian and Muslim militias killed at least 11 people in the southwestern town of Boda, officials and aid workers said.

The grenade was hurled from a passing motorcycle into the Combattant market near the airport in the late afternoon, a gendarmerie officer said. The Red Cross said two women were killed on the spot. No group said it was behind the attack.

In Boda, about 190 km (120 miles) southwest of Bangui, anti-balaka militiamen attacked the Muslim quarter on Tuesday morning and fought for several hours with armed men from the ex-Seleka rebel coalition defending it, according to a priest in the town. The local hospital said it had received the bodies of 11 people, including three children.

French troops of the Sangaris mission deployed to Boda on Wednesday and the town was calm, a French army spokesman said in Paris.

In Bangui on Thursday morning, several hundred residents of the PK5 district marched towards the headquarters of the African Union peacekeeping force, MISCA, demanding that the militias be disarmed. Peacekeepers fired into the air to stop them from approaching the base, and the crowd dispersed without injuries, witnesses said.

The Central African Republic has been in turmoil since the mainly Muslim Seleka rebels seized power in March 2013. Their leader, Michel Djotodia, stepped down in January under international pressure. The United Nations says thousands have been killed and nearly a million people displaced.

Interim President Catherine Samba-Panza called on Thursday for calm and urged the U.N. to speed up the deployment of its planned 12,000-strong peacekeeping mission.
""",
  E('GR', 'Unidentified Armed Group (Central African Republic)', 'Civilians (Central African Republic)', 'rel:Wednesday', L('Bangui', 'CF', 'Bangui'), 2, 'A grenade thrown into a crowd'),
  E('AC', 'Anti-Balaka', 'Ex-Seleka', 'rel:Tuesday', L('Boda', 'CF', 'Lobaye'), 11, 'clashes between Christian and Muslim militias'),
  E('PWI', 'Protesters (Central African Republic)', 'MISCA: African-led International Support Mission to the Central African Republic', 'rel:Thursday', L('Bangui', 'CF', 'Bangui'), 0, 'marched towards the headquarters'),
  E('NSO', 'Seleka', 'Military Forces of the Central African Republic', '2013-03', L('Bangui', 'CF', 'Bangui'), None, 'seized power in March 2013', bg=True),
  hl=False)

# 10 local, India, IED, toll retold, background ambush
A('local', '2017-03-12', """
Sukma: 12 CRPF jawans killed as Maoists trigger IED, open fire on road-opening party

Raipur, March 12: Twelve jawans of the Central Reserve Police Force were killed on Saturday when Maoists triggered an improvised explosive device under a road-opening party and then opened fire on the survivors, who fought back, near Kottacheru village in Chhattisgarh's Sukma district, police said.

The patrol of the CRPF's 219th battalion was securing a stretch of the under-construction Injeram-Bheji road when the blast went off at about 9.15 am, Bastar range IG SRP Kalluri said. Around 100 cadres hidden in the forest on both sides of the road then fired at the jawans for nearly an hour, he said.

Initial reports on Saturday afternoon said eight jawans had been killed. The toll rose to 11 by evening as bodies were brought out of the forest, and a twelfth jawan succumbed to his injuries at a Raipur hospital late on Saturday night, CRPF officials said. Two others are being treated for bullet wounds.

The Maoists also took away 10 rifles and wireless sets from the dead jawans, police said.

Chief Minister Raman Singh, who paid tribute to the jawans at the Jagdalpur airport on Sunday, called the attack "an act of cowardice" and said the sacrifice of the jawans "will not go in vain". Union Home Minister Rajnath Singh spoke to the CRPF director general and said more forces would be sent.

Saturday's attack is the deadliest on security forces in Bastar since the Maoists ambushed a CRPF company at Tadmetla in Sukma on April 6, 2010, killing 76 jawans.

Official data show that 36 security personnel were killed in Left-wing extremist violence in Chhattisgarh last year. Road construction in the district has been repeatedly targeted by the rebels, who see the roads as a way for the forces to penetrate their strongholds.
""",
  E('AC', 'CPI (Maoist)', 'Police Forces of India', 'rel:Saturday', L('Sukma', 'IN', 'Chhattisgarh', 2), 12, 'triggered an improvised explosive device'),
  E('AC', 'CPI (Maoist)', 'Police Forces of India', '2010-04-06', L('Tadmetla', 'IN', 'Chhattisgarh'), 76, 'ambushed a CRPF company at Tadmetla', bg=True),
)
# 11 wire, trial verdict, background only
A('wire', '2021-02-04', """
THE HAGUE, Feb 4 (Euro Press Service) - The International Criminal Court on Thursday convicted Dominic Ongwen, a former commander of Uganda's Lord's Resistance Army (LRA), of 61 counts of war crimes and crimes against humanity, including murder, rape and the use of child soldiers.

Judges found that Ongwen, who was himself abducted by the LRA as a boy, had commanded fighters who attacked four camps for displaced people in northern Uganda between 2002 and 2004.

Presiding Judge Bertram Schmitt read out details of the attacks for more than an hour. On Oct. 10, 2003, fighters under Ongwen's command attacked the Pajule camp in Pader district, killing civilians and abducting residents whom they forced to carry looted goods, he said. On May 19, 2004, LRA fighters stormed the Lukodi camp near Gulu, shot and burned residents in their huts and killed at least 45 people, the court found.

"The chamber is aware that he suffered a great deal in his childhood," Schmitt said. "But this case is about crimes he committed as a fully responsible adult."

Ongwen, 45, showed no emotion as the verdict was read. His lawyers, who had argued that he suffered from mental illness, said they would appeal. Sentencing will take place at a later date.

In Lukodi, hundreds of survivors gathered around a radio in the village square to listen to the verdict. Some wept, others sang. "Today I feel that my family has been remembered," said Jennifer Amony, who lost her mother and two brothers in the attack.

The LRA, led by Joseph Kony, waged a two-decade insurgency in northern Uganda that killed tens of thousands of people and displaced nearly two million. Kony remains at large and is also wanted by the ICC.

Ongwen surrendered in the Central African Republic in January 2015 and was handed to the court.
""",
  E('ATK', "Lord's Resistance Army", 'Civilians (Uganda)', '2003-10-10', L('Pajule', 'UG', 'Pader'), None, 'attacked the Pajule camp', bg=True),
  E('ATK', "Lord's Resistance Army", 'Civilians (Uganda)', '2004-05-19', L('Lukodi', 'UG', 'Gulu', 2), 45, 'stormed the Lukodi camp', bg=True),
  hl=False)

# 12 wire, tokenized, Somalia suicide car bomb toll retold
A('wire', '2018-11-20', """
MOGADISHU , Nov 20 ( Horn Press ) - A suicide bomber drove a minibus packed with explosives into the gate of the regional administration headquarters in the southwestern Somali city of Baidoa on Tuesday , killing at least seven people , police said .

The blast , at about 9 a.m. , destroyed the gate and several tea stalls outside the compound , where officials of South West State were due to meet , police officer Ahmed Nur told Horn Press by phone .

" We have so far counted seven dead , most of them guards and tea sellers , " he said . Two hours later , the regional health ministry put the toll at 12 .

Al Shabaab said in a statement on its Andalus radio that its " martyrdom operation " had killed 26 officials and soldiers . The group often gives higher figures than the authorities .

By Tuesday evening Baidoa 's main hospital had received 15 bodies , a doctor said , and 30 wounded people were being treated . On Wednesday morning the state 's security minister said the final toll was 15 dead , including the bomber .

Hours before the bombing , militants fired several mortar rounds at a base of the African Union mission AMISOM on the edge of the city overnight . The shells landed in an empty field and no one was hurt , an AMISOM spokesman said .

Baidoa is due to hold a regional presidential election next month . In October , al Shabaab fighters shot dead two election delegates in the town of Burhakaba .

The militant group , which is fighting to topple Somalia 's Western-backed government , has been driven out of most major towns but still controls large parts of the countryside .
""",
  E('SB', 'Al Shabaab', 'Civilians (Somalia)', 'rel:Tuesday', L('Baidoa', 'SO', 'Bay'), 15, 'A suicide bomber drove a minibus packed with explosives'),
  E('SH', 'Al Shabaab', 'AMISOM: African Union Mission in Somalia', 'rel:Tuesday', L('Baidoa', 'SO', 'Bay', 2), 0, 'fired several mortar rounds'),
  E('ATK', 'Al Shabaab', 'Civilians (Somalia)', '2018-10', L('Burhakaba', 'SO', 'Bay'), 2, 'shot dead two election delegates', bg=True),
  hl=False)

# 13 web, Cameroon Far North, two raids two days
A('web', '2015-09-18', """
Boko Haram kills eight in Cameroon border village, abducts 14 in second raid

By Central Africa Desk | Sept. 18, 2015

Suspected Boko Haram fighters killed eight villagers in an overnight raid on Kouyape, a village in Cameroon's Far North region close to the Nigerian border, local officials said on Friday.

The attackers arrived on foot shortly after midnight on Wednesday, shot several men in their homes and set fire to granaries, a traditional chief in the area told reporters by telephone. "They came looking for food and for young men," he said.

By Thursday morning residents had buried six people. Two others died of their wounds on their way to the hospital in Mora, bringing the toll to eight, the sub-prefect of Mora said. He earlier put the number of wounded at five.

On Thursday night, fighters believed to be from the same group raided the village of Tchakamadje, about 20 km away, and abducted 14 people, most of them women and girls, the sub-prefect said. Nobody was killed in that raid, he added.

Cameroon's army said it had sent reinforcements to the area and that soldiers "neutralised" three attackers in a clash on Friday morning near Kolofata, though this could not be confirmed independently.

The border area has been hit by a wave of suicide bombings this year. On July 22, two girls blew themselves up at a market in Maroua, the regional capital, killing 13 people.

Cameroon is part of a regional force with Nigeria, Chad, Niger and Benin that is meant to fight the insurgency. Human rights groups have accused the Cameroonian army of arbitrary arrests of young men suspected of supporting the militants.
""",
  E('ATK', 'Boko Haram', 'Civilians (Cameroon)', '2015-09-16', L('Kouyape', 'CM', 'Far North', 1), 8, 'killed eight villagers in an overnight raid'),
  E('ABD', 'Boko Haram', 'Civilians (Cameroon)', 'rel:Thursday', L('Tchakamadje', 'CM', 'Far North'), 0, 'abducted 14 people'),
  E('AC', 'Military Forces of Cameroon', 'Boko Haram', 'rel:Friday', L('Kolofata', 'CM', 'Far North', 2), 3, '"neutralised" three attackers in a clash'),
  E('SB', 'Boko Haram', 'Civilians (Cameroon)', '2015-07-22', L('Maroua', 'CM', 'Far North'), 13, 'two girls blew themselves up', bg=True),
)
# 14 web, Burundi 2015: grenades + protests
A('web', '2015-05-07', """
Grenade attacks rock Bujumbura as police fire on third-term protesters

By Great Lakes Desk | May 7, 2015

Two grenade attacks hit Burundi's capital Bujumbura on Wednesday night, killing one person, as police opened fire on protesters opposed to President Pierre Nkurunziza's bid for a third term, killing two, witnesses and the Red Cross said.

The first grenade was thrown at a police patrol in the Kinama district shortly after 9 p.m., wounding three officers, a police spokesman said. About an hour later, a second grenade exploded at a bar in Buyenzi, killing a woman and wounding six customers, according to the Burundi Red Cross.

Earlier on Wednesday, thousands of protesters had gathered in the Musaga neighbourhood and tried to march to the city centre. Police fired tear gas and then live rounds, witnesses said. Two young men were shot dead and at least 11 were wounded, the Red Cross said on Thursday, revising an earlier figure of one dead.

"They shot at us as we were singing. We had only branches and our voices," said a student in Musaga who gave his name only as Eric.

Police spokesman Pierre Nkurikiye said officers had been attacked with stones and petrol bombs and had acted "within the law". He blamed "terrorists hiding among the demonstrators" for the grenade attacks.

In Nyakabiga, another opposition stronghold, several hundred women staged a sit-in on Wednesday morning without interference from the security forces.

Protests began on April 26, a day after the ruling CNDD-FDD party named Nkurunziza as its candidate. At least 18 people have been killed since then, according to rights groups, and more than 40,000 Burundians have fled to Rwanda, Tanzania and Congo.

The constitutional court on Tuesday ruled that the president could stand again, a ruling the opposition rejected.
""",
  E('GR', 'Unidentified Armed Group (Burundi)', 'Police Forces of Burundi', 'rel:Wednesday', L('Bujumbura', 'BI', 'Bujumbura Mairie', 2), None, 'The first grenade was thrown at a police patrol'),
  E('GR', 'Unidentified Armed Group (Burundi)', 'Civilians (Burundi)', 'rel:Wednesday', L('Bujumbura', 'BI', 'Bujumbura Mairie', 2), 1, 'a second grenade exploded at a bar'),
  E('EXF', 'Police Forces of Burundi', 'Protesters (Burundi)', 'rel:Wednesday', L('Bujumbura', 'BI', 'Bujumbura Mairie', 2), 2, 'Police fired tear gas and then live rounds'),
  E('PP', 'Protesters (Burundi)', None, 'rel:Wednesday', L('Bujumbura', 'BI', 'Bujumbura Mairie', 2), None, 'staged a sit-in'),
)

# 15 wire, South Sudan, clash retold
A('wire', '2017-04-04', """
JUBA, April 4 (Nile Wire) - South Sudanese government troops repulsed an attack by rebel forces on the southern town of Yei on Monday, the army said, in fighting that residents said killed at least 12 people.

Fighters loyal to former Vice President Riek Machar's SPLA-in-Opposition attacked army positions on the western outskirts of Yei before dawn, army spokesman Lul Ruai Koang said. "Our forces repulsed them and inflicted heavy losses," he said, adding that 14 rebels and two soldiers had been killed.

The SPLA-IO's deputy spokesman, Lam Paul Gabriel, said in a statement that the rebels had attacked only after government troops shelled their base at Morobo on Sunday and that the fighting on Monday had killed 23 government soldiers and four of its own men.

A Yei resident reached by phone said he had seen at least 12 bodies near the Goli checkpoint on Monday afternoon, most of them in uniform. A church official later said 16 people had been buried in the town.

Aid workers said hundreds of families fled towards the border with Uganda after the fighting, joining more than 800,000 South Sudanese who have already sought refuge there.

Yei, once a relatively peaceful trading hub, has been at the centre of fighting since July last year, when clashes in Juba between the troops of President Salva Kiir and Machar's bodyguards shattered a 2015 peace deal. Machar fled the country and is now in South Africa.

The United Nations has warned of possible ethnic cleansing in the Equatoria region. The government denies the charge.
""",
  E('AC', "SPLA-IO: Sudan People's Liberation Army-in-Opposition", 'Military Forces of South Sudan', 'rel:Monday', L('Yei', 'SS', 'Central Equatoria', 2), 12, 'repulsed an attack by rebel forces'),
  E('SH', 'Military Forces of South Sudan', "SPLA-IO: Sudan People's Liberation Army-in-Opposition", 'rel:Sunday', L('Morobo', 'SS', 'Central Equatoria', 2), None, 'shelled their base at Morobo', mod='claimed'),
  E('AC', 'Military Forces of South Sudan', "SPLA-IO: Sudan People's Liberation Army-in-Opposition", '2016-07', L('Juba', 'SS', 'Central Equatoria'), None, 'clashes in Juba', bg=True),
  hl=False)
# 16 wire, Philippines/Malaysia: kidnapping at sea + clash
A('wire', '2019-09-24', """
ZAMBOANGA, Philippines, Sept 24 (Archipelago News) - Gunmen believed to be from the Abu Sayyaf group abducted three Indonesian fishermen from a trawler off the coast of Malaysia's Sabah state late on Monday, Malaysian police said on Tuesday.

Armed men in a speedboat boarded the trawler in waters near Tambisan island, off Lahad Datu, and took away the three crew members, leaving five others unharmed, Sabah police commissioner Omar Mammah said. The kidnappers were believed to have headed towards the southern Philippine island of Tawi-Tawi.

Indonesia's foreign ministry confirmed that three of its nationals were missing and said it was working with Malaysian and Philippine authorities to secure their release.

The kidnapping came a day after Philippine marines clashed with Abu Sayyaf fighters in the jungle near Patikul on the island of Jolo. Two marines and four militants were killed in the hour-long firefight on Sunday, the military's Western Mindanao Command said. It had earlier reported one marine killed.

"The operation is continuing. We will not give them rest," said the command's spokesman, Lieutenant Colonel Gerry Besana, adding that troops had recovered rifles and bomb-making materials from an abandoned camp.

Abu Sayyaf, a small but violent group notorious for kidnappings for ransom and beheadings, has been weakened by military offensives but still holds several captives in the jungles of Jolo. In January, two suicide bombers attacked a Roman Catholic cathedral in Jolo during Sunday Mass, killing 23 people in one of the deadliest attacks in the region in years.

Malaysia imposed a dusk-to-dawn curfew in waters off eastern Sabah in 2014 after a spate of kidnappings of tourists from island resorts.
""",
  E('ABD', 'Abu Sayyaf Group', 'Civilians (Indonesia)', 'rel:Monday', L('Lahad Datu', 'MY', 'Sabah', 2), None, 'abducted three Indonesian fishermen'),
  E('AC', 'Military Forces of the Philippines', 'Abu Sayyaf Group', 'rel:Sunday', L('Patikul', 'PH', 'Sulu', 2), 6, 'clashed with Abu Sayyaf fighters'),
  E('SB', 'Abu Sayyaf Group', 'Civilians (Philippines)', '2019-01', L('Jolo', 'PH', 'Sulu'), 23, 'two suicide bombers attacked a Roman Catholic cathedral', bg=True),
  hl=False)

# 17 web, Indonesia: clash + arrests + foiled plot
A('web', '2016-12-12', """
Indonesia police kill two MIT militants in Poso, arrest suspects in 'pressure-cooker bomb' plot

By Jakarta Bureau | Dec. 12, 2016

Indonesian security forces shot dead two suspected militants from the East Indonesia Mujahideen (MIT) in a gunfight in the mountains of Poso, Central Sulawesi, on Sunday, police said, as counter-terrorism officers in Java said they had foiled a plan to bomb the presidential palace.

A joint police and military team came under fire near the village of Tambarana while tracking a group of militants, Central Sulawesi police chief Rudy Sufahriadi said. "Our team returned fire and two members of the MIT were killed," he said. No officers were hurt.

The MIT, which has pledged allegiance to Islamic State, has been hunted by thousands of troops and police since its leader Santoso was killed in July. Police say fewer than 10 of its fighters remain at large.

In Bekasi, on the outskirts of Jakarta, officers from the elite Densus 88 anti-terror unit on Saturday arrested three people, among them a woman who police said had volunteered to become a suicide bomber. A 3-kilogram bomb built into a pressure cooker was seized from a rented room and defused, national police spokesman Boy Rafli Amar said.

The woman, identified only by her initials DYN, had planned to detonate the bomb during the changing of the guard at the presidential palace on Sunday, he said. A fourth suspect was arrested later on Saturday in Ngawi, East Java.

"This shows that the threat is real and that the network is still recruiting," Amar said, adding that the cell was linked to an Indonesian Islamic State fighter in Syria.

In January, suicide bombers and gunmen attacked a Starbucks cafe and a police post in central Jakarta, killing four civilians.
""",
  E('AC', 'Police Forces of Indonesia', 'MIT: East Indonesia Mujahideen', 'rel:Sunday', L('Poso', 'ID', 'Central Sulawesi', 2), 2, 'shot dead two suspected militants'),
  E('DWU', 'Police Forces of Indonesia', 'Islamic State', 'rel:Saturday', L('Bekasi', 'ID', 'West Java'), None, 'A 3-kilogram bomb built into a pressure cooker was seized'),
  E('ARR', 'Police Forces of Indonesia', 'Islamic State', 'rel:Saturday', L('Bekasi', 'ID', 'West Java'), None, 'arrested three people'),
  E('ARR', 'Police Forces of Indonesia', 'Islamic State', 'rel:Saturday', L('Ngawi', 'ID', 'East Java'), None, 'A fourth suspect was arrested'),
  E('SB', 'Islamic State', 'Civilians (Indonesia)', '2016-01', L('Jakarta', 'ID', 'Jakarta'), 4, 'suicide bombers and gunmen attacked a Starbucks cafe', bg=True),
)

# 18 wire, tokenized, Thailand deep south roundup
A('wire', '2015-03-27', """
YALA , Thailand , March 27 ( Mekong Press Agency ) - A bomb hidden in a motorcycle exploded outside a tea shop in Thailand 's southern Narathiwat province on Friday morning , killing two people and wounding nine , police said .

The bomb went off at about 7 a.m. in Rueso district as customers , among them several village defence volunteers , were having breakfast , police colonel Somchai Wongsa said . One of the wounded died later in hospital , raising the toll to three , a hospital official said .

In neighbouring Pattani province , suspected insurgents shot dead a paramilitary ranger who was buying food at a market in Sai Buri district on Friday afternoon , police said . The gunmen fled on a motorcycle .

Late on Thursday , gunmen fired on an army outpost in Bannang Sata district of Yala province and soldiers returned fire , the army said . Nobody was killed .

No group claimed the attacks , which police blamed on the Barisan Revolusi Nasional ( BRN ) , the main rebel group fighting for independence for the Malay-Muslim provinces .

Thailand 's military government has held informal talks with the rebels , but violence has continued . More than 6,000 people have been killed since the insurgency flared in January 2004 , according to the monitoring group Deep South Watch .

" We hear explosions every week . We are tired , " said a tea shop owner in Rueso who gave her name as Ma .
""",
  E('IED', 'BRN: Barisan Revolusi Nasional', 'Civilians (Thailand)', 'rel:Friday', L('Rueso', 'TH', 'Narathiwat', 2), 3, 'A bomb hidden in a motorcycle exploded'),
  E('AC', 'BRN: Barisan Revolusi Nasional', 'Military Forces of Thailand', 'rel:Friday', L('Sai Buri', 'TH', 'Pattani', 2), 1, 'shot dead a paramilitary ranger'),
  E('AC', 'BRN: Barisan Revolusi Nasional', 'Military Forces of Thailand', 'rel:Thursday', L('Bannang Sata', 'TH', 'Yala', 2), 0, 'fired on an army outpost'),
  hl=False)
# 19 web, Bangladesh blogger killing + protest + arrests
A('web', '2015-08-08', """
Secular blogger hacked to death in Dhaka flat, fourth this year

By South Asia Desk | Aug. 8, 2015

A secular blogger was hacked to death in his apartment in Dhaka on Friday by a group of men armed with machetes, police said, the fourth such killing in Bangladesh this year.

The attackers, posing as prospective tenants, entered the fifth-floor flat of Niloy Chatterjee, 40, in the Goran area shortly after midday, locked his wife in a room and killed him in the bedroom, Deputy Commissioner Mohammad Mahbub said. They fled on foot.

A group calling itself Ansar al-Islam, the Bangladesh branch of al Qaeda in the Indian Subcontinent, said in an email to news organisations that it had killed Chatterjee for "insulting the Prophet". Police said they were examining the claim.

On Saturday, several hundred students, writers and activists formed a human chain at Shahbag Square, chanting "Stop the killings" and demanding the arrest of the attackers. The rally ended peacefully.

Police said on Saturday they had detained two men in the Mirpur area on suspicion of involvement in the series of killings, but gave no details.

Chatterjee's killing followed the murders of three other bloggers. On May 12, blogger Ananta Bijoy Das was hacked to death on his way to work in the northeastern city of Sylhet. In March, Washiqur Rahman was killed near his home in Dhaka's Tejgaon area.

Rights groups accuse the government of failing to protect free thinkers. Home Minister Asaduzzaman Khan told reporters on Saturday that bloggers should "refrain from writing anything that hurts religious sentiments", remarks that drew criticism from activists.
""",
  E('ATK', 'Ansar al-Islam', 'Civilians (Bangladesh)', 'rel:Friday', L('Dhaka', 'BD', 'Dhaka'), 1, 'hacked to death in his apartment'),
  E('PP', 'Protesters (Bangladesh)', None, 'rel:Saturday', L('Dhaka', 'BD', 'Dhaka'), None, 'formed a human chain at Shahbag Square'),
  E('ARR', 'Police Forces of Bangladesh', None, 'rel:Saturday', L('Dhaka', 'BD', 'Dhaka'), None, 'detained two men in the Mirpur area'),
  E('ATK', 'Unidentified Armed Group (Bangladesh)', 'Civilians (Bangladesh)', '2015-05-12', L('Sylhet', 'BD', 'Sylhet'), 1, 'was hacked to death on his way to work', bg=True),
  E('ATK', 'Unidentified Armed Group (Bangladesh)', 'Civilians (Bangladesh)', '2015-03', L('Dhaka', 'BD', 'Dhaka', 2), 1, 'Washiqur Rahman was killed', bg=True),
)

# 20 wire, Sri Lanka mob violence, damage retold
A('wire', '2018-03-07', """
COLOMBO, March 7 (South Asia Wire) - Sri Lanka extended a curfew in the central district of Kandy on Wednesday after mobs from the Sinhalese Buddhist majority set fire to mosques, shops and homes owned by Muslims for a second day, police said.

Crowds of young men armed with sticks and petrol bombs attacked Muslim-owned businesses in the town of Digana and nearby villages on Tuesday afternoon, hours after the funeral of a Sinhalese truck driver who died last week after being beaten by a group of Muslim men in a traffic dispute, police spokesman Ruwan Gunasekara said.

On Tuesday night the body of a 24-year-old Muslim man was pulled from a burned-out building in Digana, police said. Initially officials reported that 11 shops and a mosque had been torched; by Wednesday the count had grown to 46 shops, four mosques and 27 houses.

On Wednesday, despite the curfew, a mob stoned a mosque and set fire to two vehicles in Katugastota, north of Kandy, before police fired tear gas to disperse it, a resident said. No injuries were reported.

Police said they had arrested 24 people over the violence, including the leader of a hardline Buddhist group, and the government declared a nationwide state of emergency, the first since the end of the civil war in 2009. Authorities also blocked access to Facebook and WhatsApp, saying they were being used to spread hate.

"We are now living in fear in our own homes," said Mohamed Rizwan, whose grocery store in Digana was burned.

In June 2014, anti-Muslim riots in the southern coastal towns of Aluthgama and Beruwala killed three people.
""",
  E('MOB', 'Rioters (Sri Lanka)', 'Civilians (Sri Lanka)', 'rel:Tuesday', L('Digana', 'LK', 'Central'), 1, 'attacked Muslim-owned businesses'),
  E('MOB', 'Rioters (Sri Lanka)', 'Civilians (Sri Lanka)', 'rel:Wednesday', L('Katugastota', 'LK', 'Central'), 0, 'a mob stoned a mosque'),
  E('ARR', 'Police Forces of Sri Lanka', 'Rioters (Sri Lanka)', '2018-03', L('Kandy', 'LK', 'Central', 2), None, 'arrested 24 people'),
  E('MOB', 'Rioters (Sri Lanka)', 'Civilians (Sri Lanka)', '2014-06', L('Aluthgama', 'LK', 'Western'), 3, 'anti-Muslim riots', bg=True),
  hl=False)

# 21 web, Nigeria EndSARS
A('web', '2020-10-21', """
#EndSARS: Soldiers open fire on Lekki toll gate protesters; curfew-defying crowds loot, burn in Lagos

By Lagos Desk | Oct. 21, 2020

Soldiers opened fire on hundreds of peaceful demonstrators at the Lekki toll gate in Lagos on Tuesday night, witnesses and Amnesty International said, as a two-week protest movement against police brutality turned deadly.

Protesters had been sitting on the road, singing the national anthem and waving flags, when uniformed men arrived shortly before 7 p.m. after streetlights were switched off, witnesses said. "They were shooting into the crowd. I saw three people fall," said a protester who gave her name as Temi.

Amnesty International said on Wednesday that at least 12 people had been killed at Lekki. The army denied that its soldiers had fired on protesters and called the reports "fake news". Lagos Governor Babajide Sanwo-Olu said 25 people had been wounded and that one man had died "from blunt force trauma to the head".

On Wednesday, crowds defying a 24-hour curfew set fire to the headquarters of a television station owned by a ruling party leader, torched the Orile Iganmu police station and looted shops and a bank in several parts of Lagos, police said. Two police officers were killed in Orile Iganmu, Lagos police spokesman Muyiwa Adejobi said.

The protests began on Oct. 8 over abuses by the police Special Anti-Robbery Squad (SARS), which the government disbanded on Oct. 11. Protesters have since widened their demands to include broader police reform and an end to corruption.

President Muhammadu Buhari urged calm and said his government was "committed to reform". Former U.S. Secretary of State Hillary Clinton and several musicians called on him to stop killing protesters.
""",
  E('EXF', 'Military Forces of Nigeria', 'Protesters (Nigeria)', 'rel:Tuesday', L('Lagos', 'NG', 'Lagos', 2), 1, 'Soldiers opened fire on hundreds of peaceful demonstrators'),
  E('VD', 'Rioters (Nigeria)', 'Police Forces of Nigeria', 'rel:Wednesday', L('Lagos', 'NG', 'Lagos', 2), 2, 'set fire to the headquarters of a television station'),
)
# 22 wire, Sudan sit-in dispersal, toll retold 5 times
A('wire', '2019-06-06', """
KHARTOUM, June 6 (Nile Wire) - The death toll from the violent break-up of a protest sit-in outside Sudan's military headquarters in Khartoum on Monday has risen to 108, doctors linked to the opposition said on Thursday, as the capital's streets remained largely deserted.

Security forces led by the paramilitary Rapid Support Forces (RSF) moved in on the sit-in at dawn on Monday, firing live ammunition, beating protesters with sticks and setting fire to their tents, according to witnesses. The protesters had camped there since April, first to demand the removal of Omar al-Bashir and then to press the military council that replaced him to hand power to civilians.

On Monday afternoon the Central Committee of Sudan Doctors said 13 people had been killed. By Monday night it gave a toll of 35, and on Tuesday it said 60 people had died. On Wednesday the committee said 40 bodies had been pulled from the Nile, bringing the total to 101; on Thursday it put the number at 108.

The health ministry disputed the figures and said on Wednesday that 46 people had died, including three members of the security forces.

"They came from every side. Those who ran to the river were chased and beaten," said Mohamed Hassan, 27, a student who was wounded in the arm.

The Transitional Military Council said on Monday that security forces had been clearing a "criminal" area near the sit-in known as Colombia and that the operation had gone beyond its plan. RSF commander Mohamed Hamdan Dagalo, known as Hemedti, said on Wednesday that those responsible would be punished.

On Tuesday, young protesters blocked roads in the Burri and Bahri districts with burning tyres and stones. RSF fighters in pickup trucks fired in the air and beat them, witnesses said, but there were no reports of deaths.

The African Union on Thursday suspended Sudan's membership until a civilian-led authority is established.
""",
  E('EXF', 'Rapid Support Forces', 'Protesters (Sudan)', 'rel:Monday', L('Khartoum', 'SD', 'Khartoum'), 46, 'the violent break-up of a protest sit-in'),
  E('VD', 'Rioters (Sudan)', 'Rapid Support Forces', 'rel:Tuesday', L('Khartoum', 'SD', 'Khartoum', 2), 0, 'blocked roads in the Burri and Bahri districts with burning tyres and stones'),
  hl=False)

# 23 wire, Zimbabwe fuel protests
A('wire', '2019-01-15', """
HARARE, Jan 15 (Southern Africa Wire) - Zimbabwean police and soldiers fired live rounds and tear gas at protesters in the capital Harare and the second city of Bulawayo on Monday, as demonstrations over a 150 percent fuel price rise turned violent, killing at least three people, officials said.

In Harare's Epworth and Mbare townships, protesters barricaded roads with rocks and burning tyres, stoned cars and looted shops, police spokeswoman Charity Charamba said. Soldiers in armoured vehicles were deployed in the city centre in the afternoon. A rights group, the Zimbabwe Association of Doctors for Human Rights, said it had treated 26 people for gunshot wounds in Harare and that two had died.

In Bulawayo, crowds burned a police station and looted dozens of shops in the Nkulumane and Entumbane suburbs, police said. One police officer was stoned to death, Home Affairs Minister Cain Mathema said on Tuesday.

State Security Minister Owen Ncube said on Tuesday that about 200 people had been arrested across the country. In Harare, police detained Evan Mawarire, a pastor who led anti-government protests in 2016, at his home on Tuesday morning, his lawyer said.

The Zimbabwe Congress of Trade Unions had called for a three-day "stay away" starting on Monday after President Emmerson Mnangagwa announced the fuel price increase on Saturday. Mnangagwa, who is on a tour of Russia and Central Asia, said the price rise was necessary to tackle fuel shortages caused by a lack of dollars.

Internet access was cut off across the country on Tuesday. Opposition leader Nelson Chamisa accused the government of "a brutal crackdown on citizens".

On Aug. 1 last year, soldiers shot dead six people in Harare during protests over delayed election results.
""",
  E('VD', 'Rioters (Zimbabwe)', 'Police Forces of Zimbabwe', 'rel:Monday', L('Harare', 'ZW', 'Harare', 2), 2, 'barricaded roads with rocks and burning tyres'),
  E('VD', 'Rioters (Zimbabwe)', 'Police Forces of Zimbabwe', 'rel:Monday', L('Bulawayo', 'ZW', 'Bulawayo', 2), 1, 'burned a police station'),
  E('ARR', 'Police Forces of Zimbabwe', 'Civilians (Zimbabwe)', 'rel:Tuesday', L('Harare', 'ZW', 'Harare'), None, 'detained Evan Mawarire'),
  E('EXF', 'Military Forces of Zimbabwe', 'Protesters (Zimbabwe)', '2018-08-01', L('Harare', 'ZW', 'Harare'), 6, 'soldiers shot dead six people in Harare', bg=True),
  hl=False)
# 24 wire, DRC M23 takes Bunagana
A('wire', '2022-06-14', """
GOMA, Democratic Republic of Congo, June 14 (Great Lakes Wire) - M23 rebels seized the town of Bunagana on Congo's border with Uganda on Monday after heavy fighting with the Congolese army, forcing more than 130 Congolese soldiers and police to flee across the border, officials said.

The rebels attacked army positions on the hills around Bunagana before dawn and took control of the town and its border post by late morning, a local civil society leader said by telephone. "The M23 are now in the town, they are patrolling the streets," he said.

Ugandan army spokesman Brigadier Felix Kulayigye said 137 Congolese soldiers and police officers had crossed into Uganda and been disarmed. The Congolese army said in a statement that Uganda had supported the rebel offensive, an accusation Kampala rejected. Congo has more often accused neighbouring Rwanda of backing M23, which Kigali denies.

The army said on Monday it had killed dozens of rebels in the fighting and had lost four soldiers. The M23's spokesman, Willy Ngoma, said the rebels had "no intention of staying" in Bunagana and had taken it to stop attacks on their positions.

On Sunday, Congolese army helicopters fired rockets at M23 positions near the village of Tchanzu, residents said. There were no reports of casualties.

The M23 was a Tutsi-led rebellion that captured Goma in November 2012 before being defeated by Congolese and U.N. forces the following year. It resurfaced late last year, and fighting since March has forced tens of thousands of people to flee.

Aid agencies said about 30,000 people had fled into Uganda since the start of the fighting, many of them crossing at Bunagana.
""",
  E('NSO', 'M23: March 23 Movement', 'Military Forces of the Democratic Republic of Congo', 'rel:Monday', L('Bunagana', 'CD', 'North Kivu'), 16, 'seized the town of Bunagana'),
  E('AIR', 'Military Forces of the Democratic Republic of Congo', 'M23: March 23 Movement', 'rel:Sunday', L('Tchanzu', 'CD', 'North Kivu', 2), None, 'fired rockets at M23 positions'),
  E('NSO', 'M23: March 23 Movement', 'Military Forces of the Democratic Republic of Congo', '2012-11', L('Goma', 'CD', 'North Kivu'), None, 'captured Goma in November 2012', bg=True),
  hl=False)

# 25 wire, Mali village massacre, toll retold 4 times
A('wire', '2019-03-26', """
BAMAKO, March 26 (Agence Sahel Presse) - The toll from an attack on a Fulani herding village in central Mali rose to 41 on Tuesday, local officials said, three days after men armed with rifles and machetes killed residents and set fire to their huts in what a regional official called "a massacre".

The attack took place at dawn on Saturday in the village of Welingara, about 30 km from Bankass in the Mopti region. In the first reports on Saturday afternoon, a mayor in the area said 12 people had been killed. On Sunday the regional governor's office said 24 bodies had been found. By Monday evening, after rescuers searched burned granaries and the bush around the village, the figure had risen to 37, and on Tuesday a local official said 41 people had died, among them 15 children.

Survivors said the attackers were members of Dan Na Ambassagou, an ethnic Dogon hunters' militia that accuses Fulani herders of supporting jihadist groups. The militia's spokesman, Marcelin Guindo, denied any involvement and said his fighters were "protecting their villages, not attacking others".

The government said it had sent troops to the area and that a team of investigators had reached Welingara on Monday. "Those responsible will be found and punished," Prime Minister Soumeylou Boubeye Maiga said in a statement.

Central Mali has been caught in a cycle of reprisals between Dogon and Fulani communities since jihadists linked to Fulani preacher Amadou Koufa began operating in the area in 2015. In January, gunmen killed 37 Fulani civilians in the village of Koulogon, in the same region.

The United Nations says hundreds of civilians have been killed in central Mali since the start of 2018 and more than 60,000 people have been displaced.
""",
  E('ATK', 'Dan Na Ambassagou', 'Civilians (Mali)', 'rel:Saturday', L('Bankass', 'ML', 'Mopti', 2), 41, 'an attack on a Fulani herding village'),
  E('ATK', 'Unidentified Armed Group (Mali)', 'Civilians (Mali)', '2019-01', L('Koulogon', 'ML', 'Mopti'), 37, 'gunmen killed 37 Fulani civilians', bg=True),
  hl=False)

# 26 wire, Niger two village attacks
A('wire', '2021-03-22', """
NIAMEY, March 22 (Sahel Wire) - Gunmen on motorcycles killed 58 villagers in two attacks in Niger's western Tahoua region on Sunday, the government said, in the latest massacre of civilians near the border with Mali.

The attackers first struck Intazayene, a village in the Tillia department, at about midday, shooting residents and setting fire to food stores, a local official said. They then moved on to Bakorat, about 20 km away, where they killed more people, according to the official, who asked not to be named.

In a statement read on state television on Monday, the government said 40 people had been killed in Intazayene and 18 in Bakorat. Three days of national mourning were declared.

No group claimed responsibility, but the area is a stronghold of Islamic State in the Greater Sahara, which has carried out a series of attacks on civilians this year. On March 15, gunmen attacked four minibuses returning from a market near Banibangou, in the Tillaberi region, killing 58 people.

Niger's new president-elect, Mohamed Bazoum, whose victory in last month's election was confirmed by the constitutional court on Sunday, has said the fight against the jihadists will be his main priority.

Separately, soldiers on Saturday repelled an attack by suspected jihadists on an army post near Tillia, killing seven of the attackers, the defence ministry said. Two soldiers were wounded.

Niger is battling jihadist insurgencies on two fronts: near its western borders with Mali and Burkina Faso, and in the southeast, where Boko Haram and its splinter group Islamic State West Africa Province operate around Lake Chad.
""",
  E('ATK', 'Unidentified Armed Group (Niger)', 'Civilians (Niger)', 'rel:Sunday', L('Intazayene', 'NE', 'Tahoua'), 40, 'The attackers first struck Intazayene'),
  E('ATK', 'Unidentified Armed Group (Niger)', 'Civilians (Niger)', 'rel:Sunday', L('Bakorat', 'NE', 'Tahoua'), 18, 'moved on to Bakorat'),
  E('ATK', 'Unidentified Armed Group (Niger)', 'Civilians (Niger)', '2021-03-15', L('Banibangou', 'NE', 'Tillaberi', 2), 58, 'gunmen attacked four minibuses', bg=True),
  E('AC', 'Military Forces of Niger', 'Unidentified Armed Group (Niger)', 'rel:Saturday', L('Tillia', 'NE', 'Tahoua', 2), 7, 'repelled an attack by suspected jihadists'),
  hl=False)
# 27 wire, verdict, background only
A('wire', '2019-11-27', """
DHAKA, Nov 27 (South Asia Wire) - A Bangladeshi court on Wednesday sentenced seven members of a banned Islamist group to death for their role in the 2016 siege of a Dhaka cafe in which 22 people, most of them foreigners, were killed.

Judge Mojibur Rahman of the Anti-Terrorism Special Tribunal said the seven men, members of a faction of Jamaat-ul-Mujahideen Bangladesh (JMB), had planned the attack, supplied weapons and trained the gunmen. An eighth defendant was acquitted.

On the night of July 1, 2016, five young gunmen armed with assault rifles, grenades and machetes stormed the Holey Artisan Bakery in Dhaka's diplomatic quarter of Gulshan and killed 20 hostages, among them nine Italians, seven Japanese and an Indian, along with two police officers. Army commandos ended the siege the following morning, killing all five attackers.

Several of the defendants shouted "Allahu Akbar" in the dock after the verdict was read, and one wore a cap bearing the Islamic State emblem, which police later said he had been given in prison. Defence lawyers said they would appeal.

Islamic State claimed the attack, but the government has long insisted that the group has no presence in Bangladesh and blamed home-grown militants.

Since the cafe attack, security forces have carried out a string of raids in which more than 100 suspected militants have been killed, according to rights groups, who say many of the deaths were extrajudicial killings.

"This verdict shows that terrorists will not escape justice in Bangladesh," Home Minister Asaduzzaman Khan said. Relatives of some of the victims said in statements from Rome and Tokyo that they welcomed the ruling.

The cafe, which reopened at a different location, has become a symbol of the attack. A memorial ceremony is held each year on July 1.
""",
  E('ATK', 'JMB: Jamaat-ul-Mujahideen Bangladesh', 'Civilians (Bangladesh)', '2016-07-01', L('Dhaka', 'BD', 'Dhaka', 1), 22, 'stormed the Holey Artisan Bakery', bg=True),
  E('AC', 'Military Forces of Bangladesh', 'JMB: Jamaat-ul-Mujahideen Bangladesh', '2016-07-02', L('Dhaka', 'BD', 'Dhaka', 1), 5, 'Army commandos ended the siege', bg=True),
  hl=False)

# 28 web, policy speech, no events at all (near miss)
A('web', '2015-12-24', """
Buhari: Boko Haram 'technically' defeated, but attacks could continue

By Abuja Bureau | Dec. 24, 2015

President Muhammadu Buhari said on Thursday that Nigeria had "technically won the war" against Boko Haram, as the military said the Islamist group could no longer hold territory or mount conventional attacks on population centres.

In an interview broadcast by the BBC, Buhari said the insurgents had been reduced to fighting with improvised explosive devices and suicide bombers. "They have been beaten back, they cannot attack police stations and military formations any more," he said.

The army set a December deadline this year for ending the insurgency in the northeast. Defence headquarters said in a statement that troops had "liberated" most local government areas in Borno, Yobe and Adamawa states and that thousands of hostages had been freed since March.

Critics said the claim was premature. Boko Haram's insurgency has killed an estimated 17,000 people since 2009 and displaced more than two million, and suicide bombings have increased in recent months, with markets, mosques and bus stations all targeted.

"Saying the war is won when people still cannot go back to their farms is an insult to the victims," said Shehu Sani, a senator from Kaduna state. Residents of Maiduguri said they still feared going to crowded places.

The United Nations children's agency UNICEF warned this week that Boko Haram could increase its use of children as suicide bombers, saying one in five bombers this year had been a child, most of them girls.

Analysts said the group would probably try to prove the president wrong. "We should expect them to strike soft targets around the holidays," said Abuja-based security consultant Bawa Abdullahi.

Buhari said the government would focus next year on rebuilding schools, clinics and roads in the northeast and on returning displaced people to their homes.
""",
)

# 29 wire, tokenized, Afghanistan district falls + air strike
A('wire', '2018-08-01', """
GHAZNI , Afghanistan , Aug 1 ( Central Asia Wire ) - Taliban fighters overran the government headquarters of Ajristan district in Afghanistan 's central Ghazni province on Tuesday after a day-long assault , killing at least 10 policemen and soldiers , officials said .

The insurgents attacked the district centre from several directions before dawn on Tuesday and fighting continued until the afternoon , when the remaining defenders withdrew to a nearby army base , provincial council member Hassan Reza Yousufi said .

Initially the provincial police chief said four security personnel had been killed . On Wednesday , the provincial governor 's office said the death toll had risen to 10 , and Yousufi said at least 14 security force members had died and six were missing .

The Taliban said in a statement on their website that they had captured the district and killed 43 members of the security forces .

U.S. forces carried out an air strike on Taliban positions in Ajristan on Wednesday morning , killing about 20 insurgents , said a spokesman for the provincial governor , Arif Noori . A Taliban spokesman denied any of its fighters had been killed .

Ajristan is the second district in Ghazni to fall this year . In May , the Taliban briefly took control of the Jaghatu district centre before they were pushed out .

The Taliban control or contest nearly half of Afghanistan 's 407 districts , according to U.S. government estimates .

Residents of Ajristan , most of them ethnic Hazaras , said they feared reprisals and that hundreds of families had fled towards the provincial capital . " We have no protection now , " said a shopkeeper reached by telephone .
""",
  E('NSO', 'Taliban', 'Military Forces of Afghanistan', 'rel:Tuesday', L('Ajristan', 'AF', 'Ghazni', 2), 10, 'overran the government headquarters of Ajristan district'),
  E('AIR', 'Military Forces of the United States', 'Taliban', 'rel:Wednesday', L('Ajristan', 'AF', 'Ghazni', 2), 20, 'carried out an air strike on Taliban positions'),
  E('NSO', 'Taliban', 'Military Forces of Afghanistan', '2018-05', L('Jaghatu', 'AF', 'Ghazni', 2), None, 'took control of the Jaghatu district centre', bg=True),
  hl=False)
# 30 wire, Iraq protests, toll retold 4+ times
A('wire', '2019-11-05', """
BAGHDAD, Nov 5 (Gulf Desk) - Iraqi security forces shot dead protesters near the Ahrar bridge in central Baghdad on Monday, as anti-government demonstrators tried to cross the Tigris river towards the fortified Green Zone, medical and security sources said.

Police first said two people had been killed when security forces fired live ammunition and tear gas canisters at protesters who had pushed through concrete barriers on Rasheed Street in the early evening. By midnight, the number of dead had risen to four, a medical source at al-Kindi hospital said. On Tuesday morning the Iraqi High Commission for Human Rights said five protesters had been killed and 118 injured, and later in the day a health ministry official put the toll at six.

"We only had our flags. They fired at our heads," said Haider, 20, a protester with a bandage around his arm who would give only his first name.

In the southern city of Karbala, protesters hurled petrol bombs at the Iranian consulate late on Sunday and tried to climb its walls, prompting security forces to open fire, police said. Three protesters were killed, according to a medical source in the city.

In Nasiriyah on Monday, thousands of people, many of them students, marched peacefully through the city centre, and schools and government offices remained closed by a general strike.

More than 260 people have been killed since the protests against corruption, unemployment and Iranian influence erupted on Oct. 1, according to the human rights commission. Prime Minister Adel Abdul Mahdi has said he is willing to resign once politicians agree on a replacement.

Protesters in Baghdad's Tahrir Square, the centre of the movement, have vowed to stay until the entire political class is removed.
""",
  E('EXF', 'Police Forces of Iraq', 'Protesters (Iraq)', 'rel:Monday', L('Baghdad', 'IQ', 'Baghdad', 1), 6, 'shot dead protesters near the Ahrar bridge'),
  E('VD', 'Rioters (Iraq)', 'Police Forces of Iraq', 'rel:Sunday', L('Karbala', 'IQ', 'Karbala', 1), 3, 'hurled petrol bombs at the Iranian consulate'),
  E('PP', 'Protesters (Iraq)', None, 'rel:Monday', L('Nasiriyah', 'IQ', 'Dhi Qar', 1), None, 'marched peacefully through the city centre'),
  hl=False)

# 31 web, Syria Idlib air strike + rebel infighting
A('web', '2018-12-30', """
Air strike on Idlib market kills 11 as rival rebels battle near Darat Izza

By Levant Desk | Dec. 30, 2018

Warplanes struck a crowded vegetable market in the town of Maarat al-Numan in Syria's rebel-held Idlib province on Saturday, killing 11 civilians, including three children, rescue workers said.

The White Helmets civil defence group said its volunteers had pulled bodies from the rubble of shops and stalls for several hours after the strike, which hit at about 10 a.m. The Syrian Observatory for Human Rights, a Britain-based monitor, said the aircraft were Russian, which Moscow denied. Russia's defence ministry said its air force was not operating in the area.

Meanwhile fighting broke out on Saturday between the jihadist alliance Hayat Tahrir al-Sham (HTS) and the Turkish-backed Nour al-Din al-Zinki group near the town of Darat Izza in western Aleppo province. At least eight fighters from both sides were killed, the Observatory said. HTS said it had captured two villages from Zinki, but the group denied losing any territory.

The clashes raised fears of wider infighting in the last major rebel stronghold, home to about three million people. A Russian-Turkish deal signed in Sochi in September set up a demilitarised zone around Idlib and averted a government offensive, but it has not ended the bombardments.

On Dec. 18, Syrian government artillery shelled the town of Jarjanaz, killing four members of one family, according to the White Helmets.

"We thought the agreement would protect us. Nothing protects us," said Abu Mohammad, whose shop was destroyed on Saturday.
""",
  E('AIR', 'Military Forces of Russia', 'Civilians (Syria)', 'rel:Saturday', L("Maarat al-Numan", 'SY', 'Idleb'), 11, 'Warplanes struck a crowded vegetable market'),
  E('AC', 'Hayat Tahrir al-Sham', 'Nour al-Din al-Zinki Movement', 'rel:Saturday', L('Darat Izza', 'SY', 'Aleppo', 2), 8, 'fighting broke out on Saturday'),
  E('SH', 'Military Forces of Syria', 'Civilians (Syria)', '2018-12-18', L('Jarjanaz', 'SY', 'Idleb'), 4, 'shelled the town of Jarjanaz', bg=True),
)
# 32 wire, all caps headline, Sinai
A('wire', '2017-01-10', """
EGYPT: EIGHT POLICEMEN KILLED IN ATTACK ON EL-ARISH CHECKPOINT; ARMY SAYS 10 MILITANTS KILLED IN AIR STRIKES

CAIRO, Jan 10 (Maghreb Wire) - Militants attacked a police checkpoint in the North Sinai city of El-Arish on Monday with a car bomb and gunfire, killing at least eight policemen and a civilian, Egypt's interior ministry said.

The attackers first rammed an explosives-laden garbage truck into the concrete barrier of the al-Matafy checkpoint at about 6:30 a.m. and then opened fire on the policemen from nearby buildings, security sources said. Police returned fire and killed two of the attackers, the ministry said.

The ministry initially reported six dead. By the afternoon, medical sources at El-Arish general hospital said eight policemen and a civilian had died and 15 people were wounded, most of them policemen. On Tuesday a ninth policeman died in a Cairo military hospital, a security source said, bringing the toll to 12 including the two attackers.

Islamic State's Sinai Province claimed the attack through its Amaq news agency.

The army said on Tuesday its aircraft had struck militant hideouts south of Sheikh Zuweid overnight, killing 10 "takfiri" militants and destroying weapons depots. The claim could not be verified because journalists are barred from much of North Sinai.

The militants, who pledged allegiance to Islamic State in 2014, have killed hundreds of soldiers and police in North Sinai. In October, gunmen killed 12 soldiers at a checkpoint near Bir al-Abd.

President Abdel Fattah al-Sisi has vowed to crush the insurgency, but attacks have continued despite a state of emergency and curfew in parts of the province.
""",
  E('AC', 'Islamic State Sinai Province', 'Police Forces of Egypt', 'rel:Monday', L('El-Arish', 'EG', 'North Sinai'), 12, 'attacked a police checkpoint'),
  E('AIR', 'Military Forces of Egypt', 'Islamic State Sinai Province', 'rel:-1', L('Sheikh Zuweid', 'EG', 'North Sinai', 2), 10, 'its aircraft had struck militant hideouts'),
  E('AC', 'Islamic State Sinai Province', 'Military Forces of Egypt', '2016-10', L('Bir al-Abd', 'EG', 'North Sinai', 2), 12, 'gunmen killed 12 soldiers at a checkpoint', bg=True),
)

# 33 press-release style, Pakistan army (ISPR)
A('local', '2014-06-19', """
ISPR PRESS RELEASE No PR-142/2014-ISPR

Rawalpindi - June 19, 2014

1. In continuation of Operation Zarb-e-Azb, jet aircraft of Pakistan Air Force today carried out precise aerial strikes on terrorist hideouts in the Dattakhel area of North Waziristan Agency. As per confirmed reports, 27 terrorists including some foreigners were killed and 3 hideouts along with a huge cache of arms and ammunition were destroyed.

2. Earlier today, terrorists attempted to ambush a security forces convoy near Mir Ali. Troops responded effectively and in the exchange of fire 6 terrorists were killed while 2 soldiers embraced shahadat.

3. During a search operation in Miranshah bazaar, security forces recovered a bomb making factory and defused 3 improvised explosive devices planted in a shop. Two suspects were apprehended.

4. Cordon of the Miranshah and Mir Ali towns remains effective. Registration of temporarily displaced persons (TDPs) continues at Bannu, where so far 450,000 persons have been registered. Army is providing food and medical cover to the TDPs.

5. The operation was launched on 15 June 2014 following the terrorist attack on Jinnah International Airport Karachi on 8 June 2014, in which 10 attackers and 19 others including security personnel were killed. The nation's resolve to eliminate terrorists from the soil of Pakistan remains firm.

6. Army Chief General Raheel Sharif visited the troops in Miranshah today and appreciated their high morale and professionalism. He said the operation will continue till the last terrorist is eliminated.

-- ENDS --

Note for editors: The figures in this release could not be independently verified, as access to North Waziristan is restricted. Residents who fled to Bannu told reporters that civilians had also been killed in the strikes, a claim the military denied.
""",
  E('AIR', 'Military Forces of Pakistan', 'Tehrik-i-Taliban Pakistan', '2014-06-19', L('Dattakhel', 'PK', 'Khyber Pakhtunkhwa', 2), 27, 'carried out precise aerial strikes'),
  E('AC', 'Tehrik-i-Taliban Pakistan', 'Military Forces of Pakistan', '2014-06-19', L('Mir Ali', 'PK', 'Khyber Pakhtunkhwa', 2), 8, 'attempted to ambush a security forces convoy'),
  E('DWU', 'Military Forces of Pakistan', 'Tehrik-i-Taliban Pakistan', '2014-06-19', L('Miranshah', 'PK', 'Khyber Pakhtunkhwa'), None, 'defused 3 improvised explosive devices'),
  E('ARR', 'Military Forces of Pakistan', 'Tehrik-i-Taliban Pakistan', '2014-06-19', L('Miranshah', 'PK', 'Khyber Pakhtunkhwa'), None, 'Two suspects were apprehended'),
  E('AC', 'Tehrik-i-Taliban Pakistan', 'Police Forces of Pakistan', '2014-06-08', L('Karachi', 'PK', 'Sindh'), 29, 'terrorist attack on Jinnah International Airport Karachi', bg=True),
)

# 34 web, Ethiopia Oromia massacre, toll retold, denial
A('web', '2022-06-22', """
Ethiopia: Survivors say more than 200 killed in Oromia massacre; rebels deny involvement

By Horn Desk staff | June 22, 2022

Gunmen killed at least 230 ethnic Amhara civilians in the village of Tole in western Ethiopia's Oromia region on Saturday, survivors and a local official said, one of the deadliest attacks on civilians in the country in recent years.

The attackers arrived early in the morning and went from house to house, shooting residents and setting fire to homes, said Abdul-Seid Tahir, a resident of Gimbi district who said he had counted the bodies. "I have buried 230 people so far. This is the deadliest attack against civilians I have seen in my lifetime," he said on Sunday.

The regional government initially said that "an unknown number" of people had been killed. On Monday, a local official told reporters that more than 260 bodies had been collected, and the Ethiopian Human Rights Commission said on Tuesday that at least 230 people had been killed and that the toll could rise.

The Oromia government and Prime Minister Abiy Ahmed blamed the Oromo Liberation Army (OLA), a rebel group that has been fighting the government for years. OLA spokesman Odaa Tarbii denied the accusation and said the killings had been carried out by a government-allied militia, calling for an independent investigation.

Federal troops arrived in Tole on Sunday afternoon, residents said, and the government said on Tuesday that security forces had killed 27 OLA fighters in an operation in the nearby Boji Dirmeji district on Monday.

Ethnic Amhara living in Oromia have repeatedly been targeted. In November 2020, at least 54 people were killed when gunmen rounded up villagers at a school in Guliso district, according to Amnesty International.

Abiy, who won the Nobel Peace Prize in 2019, is also fighting forces from the northern Tigray region in a war that has killed tens of thousands.
""",
  E('ATK', 'Unidentified Armed Group (Ethiopia)', 'Civilians (Ethiopia)', 'rel:Saturday', L('Gimbi', 'ET', 'Oromia', 2), 230, 'killed at least 230 ethnic Amhara civilians'),
  E('AC', 'Military Forces of Ethiopia', 'OLA: Oromo Liberation Army', 'rel:Monday', L('Boji Dirmeji', 'ET', 'Oromia', 2), 27, 'security forces had killed 27 OLA fighters'),
  E('ATK', 'Unidentified Armed Group (Ethiopia)', 'Civilians (Ethiopia)', '2020-11', L('Guliso', 'ET', 'Oromia', 2), 54, 'at least 54 people were killed', bg=True),
)
# 35 wire, Myanmar 2023: town captured + air strike on camp, toll retold
A('wire', '2023-11-01', """
BANGKOK, Nov 1 (Mekong Press Agency) - Ethnic rebels of the Ta'ang National Liberation Army (TNLA) said on Wednesday they had captured the town of Namhsan in Myanmar's northern Shan state, the latest in a string of gains by an alliance of armed groups that launched a coordinated offensive against the military last week.

TNLA spokesman Lway Yay Oo said the group's fighters had taken the town's police station and a military outpost on Tuesday after the last soldiers surrendered. Thirty-one soldiers and police had been captured and would be treated according to the Geneva Conventions, she said. There was no comment from the junta.

Separately, a military air strike hit a camp for displaced people near the town of Laiza in Kachin state late on Monday, killing 11 people, according to the Kachin Independence Organisation. A camp committee member said on Tuesday that the number of dead had risen to 14, among them six children. By Wednesday local aid workers said 17 people had died and 20 were wounded.

Junta spokesman Zaw Min Tun said on state television that the military had targeted "a KIA weapons workshop" and that reports of civilian deaths were "fabricated".

The alliance of the TNLA, the Arakan Army and the Myanmar National Democratic Alliance Army (MNDAA) began its offensive on Oct. 27, seizing military posts and blocking key trade routes to China. The military said on Tuesday that it had "temporarily withdrawn" from the town of Chinshwehaw on the Chinese border after rebels took it on Oct. 27.

In October 2023 alone, according to the rights group Assistance Association for Political Prisoners, security forces killed more than 100 civilians across Myanmar. The military seized power in a coup in February 2021.
""",
  E('NSO', "TNLA: Ta'ang National Liberation Army", 'Military Forces of Myanmar', 'rel:Tuesday', L('Namhsan', 'MM', 'Shan'), None, "had taken the town's police station and a military outpost"),
  E('AIR', 'Military Forces of Myanmar', 'Civilians (Myanmar)', 'rel:Monday', L('Laiza', 'MM', 'Kachin', 2), 17, 'a military air strike hit a camp for displaced people'),
  E('NSO', 'MNDAA: Myanmar National Democratic Alliance Army', 'Military Forces of Myanmar', '2023-10-27', L('Chinshwehaw', 'MM', 'Shan'), None, 'after rebels took it on Oct. 27', bg=True),
  hl=False)

# 36 wire, Rohingya camps clash + arrests
A('wire', '2023-06-14', """
COX'S BAZAR, Bangladesh, June 14 (South Asia Wire) - Two Rohingya men were killed and at least five wounded when members of rival armed groups clashed with guns and machetes inside a refugee camp in southeastern Bangladesh early on Wednesday, police said.

The fighting between the Arakan Rohingya Salvation Army (ARSA) and the Rohingya Solidarity Organisation (RSO) broke out at about 3 a.m. in Camp 8-West at Kutupalong, the world's largest refugee settlement, said Armed Police Battalion official Mohammad Iqbal. One of the dead was a community leader, or majhi, who had refused to pay the armed groups, refugees said.

Police said they had arrested four suspected ARSA members in a raid on Camp 4 later on Wednesday and seized two pistols and a homemade shotgun.

Late on Tuesday, unidentified gunmen shot dead a Rohingya volunteer who helped the police with night patrols in Camp 13, a police officer said.

Killings in the camps, which house nearly one million Rohingya who fled a military crackdown in Myanmar in 2017, have risen sharply this year. Police say at least 48 refugees have been killed in violence between armed groups since January.

"We cannot sleep at night. The men with guns rule the camps after dark," said a Rohingya teacher who asked not to be named for fear of reprisals.

ARSA, which attacked Myanmar police posts in August 2017, prompting the military crackdown, denies operating in the camps. Bangladesh's government says there is no ARSA presence in the country.

Aid agencies warned this month that food rations for the refugees had been cut to $8 a person a month because of funding shortfalls, raising fears of more crime and recruitment by armed groups.
""",
  E('AC', 'ARSA: Arakan Rohingya Salvation Army', 'RSO: Rohingya Solidarity Organisation', 'rel:Wednesday', L('Kutupalong', 'BD', 'Chittagong'), 2, 'clashed with guns and machetes'),
  E('ARR', 'Police Forces of Bangladesh', 'ARSA: Arakan Rohingya Salvation Army', 'rel:Wednesday', L('Kutupalong', 'BD', 'Chittagong'), None, 'arrested four suspected ARSA members'),
  E('ATK', 'Unidentified Armed Group (Bangladesh)', 'Civilians (Bangladesh)', 'rel:Tuesday', L('Kutupalong', 'BD', 'Chittagong', 2), 1, 'shot dead a Rohingya volunteer'),
  hl=False)
# 37 wire, Kazakhstan unrest, toll retold
A('wire', '2022-01-06', """
ALMATY, Jan 6 (Central Asia Wire) - Protesters stormed and set fire to the mayor's office in Kazakhstan's largest city Almaty on Wednesday, as unrest over a fuel price rise turned into the worst violence in the country's three decades of independence.

Thousands of people, some armed with sticks and shields taken from police, overwhelmed security forces outside the city administration building in the afternoon and set it ablaze, witnesses said. Crowds also broke into the residence of the president in Almaty and set fire to it, and briefly seized the city's airport.

Police said on Wednesday evening that eight officers had been killed in the unrest across the country, and later in Almaty alone they reported 12 officers dead, one of them found beheaded. On Thursday the interior ministry said 18 members of the security forces had been killed in Almaty on Wednesday. It also said "dozens of rioters were liquidated" in Almaty in clashes early on Thursday as police retook government buildings.

President Kassym-Jomart Tokayev, who declared a state of emergency and dismissed the government, called the protesters "terrorist gangs" trained abroad and asked the Russian-led Collective Security Treaty Organisation for help. The bloc said on Thursday it would send peacekeepers, and the first Russian paratroopers landed on Thursday.

The protests began on Sunday in the western oil town of Zhanaozen after the government lifted a price cap on liquefied petroleum gas, which many Kazakhs use to fuel their cars. In December 2011, police shot dead 14 striking oil workers in Zhanaozen.

In the capital Nur-Sultan, hundreds of people rallied peacefully in the city centre on Wednesday and dispersed after police asked them to leave.

Internet access was cut across much of the country, and banks and shops were closed in Almaty.
""",
  E('VD', 'Rioters (Kazakhstan)', 'Police Forces of Kazakhstan', 'rel:Wednesday', L('Almaty', 'KZ', 'Almaty'), 18, "stormed and set fire to the mayor's office"),
  E('VD', 'Rioters (Kazakhstan)', 'Police Forces of Kazakhstan', 'rel:Thursday', L('Almaty', 'KZ', 'Almaty'), 12, 'dozens of rioters were liquidated'),
  E('PP', 'Protesters (Kazakhstan)', None, 'rel:Wednesday', L('Nur-Sultan', 'KZ', 'Nur-Sultan'), None, 'rallied peacefully in the city centre'),
  E('EXF', 'Police Forces of Kazakhstan', 'Protesters (Kazakhstan)', '2011-12', L('Zhanaozen', 'KZ', 'Mangystau'), 14, 'police shot dead 14 striking oil workers', bg=True),
  hl=False)
# 38 wire, border clash + ceasefire agreement
A('wire', '2021-04-30', """
BISHKEK, April 30 (Central Asia Wire) - Kyrgyzstan and Tajikistan agreed on Thursday evening to a ceasefire and a pullback of troops after the worst border clashes between the two former Soviet republics in years killed at least 31 people, officials said.

The fighting began on Thursday morning near the village of Kok-Tash in Kyrgyzstan's Batken region, where residents of the two countries argued over the installation of surveillance cameras at a water distribution point, and quickly escalated into an exchange of fire between border guards, according to both governments.

On Thursday afternoon, Kyrgyzstan's health ministry said 13 people had been killed on its side. By Friday morning that had risen to 19, and the ministry later said 31 Kyrgyz citizens had died, among them several civilians, and 154 had been wounded. Tajikistan did not give a toll for its side.

Kyrgyz officials said Tajik forces had fired mortars at the village of Maksat and set fire to a school and several houses. Tajikistan accused Kyrgyz forces of shelling its enclave of Vorukh. Neither account could be independently verified.

The foreign ministers of the two countries agreed in a telephone call on Thursday to a "complete ceasefire", and the heads of their security services met on the border on Friday to oversee the withdrawal of troops, the Kyrgyz government said. The truce was holding on Friday, though residents reported sporadic shooting overnight.

About a third of the 970-km border between the two countries has not been demarcated, and disputes over land and water frequently turn violent. In July 2019, a clash between residents of border villages left three people dead.
""",
  E('AC', 'Military Forces of Tajikistan', 'Military Forces of Kyrgyzstan', 'rel:Thursday', L('Kok-Tash', 'KG', 'Batken'), 31, 'an exchange of fire between border guards'),
  E('SH', 'Military Forces of Tajikistan', 'Civilians (Kyrgyzstan)', 'rel:Thursday', L('Maksat', 'KG', 'Batken'), None, 'fired mortars at the village of Maksat', mod='claimed'),
  E('SH', 'Military Forces of Kyrgyzstan', 'Civilians (Tajikistan)', 'rel:Thursday', L('Vorukh', 'TJ', 'Sughd'), None, 'shelling its enclave of Vorukh', mod='claimed'),
  E('AGR', 'Government of Kyrgyzstan', 'Government of Tajikistan', 'rel:Thursday', L('Batken', 'KG', 'Batken', 3), None, 'agreed on Thursday evening to a ceasefire'),
  hl=False)

# 39 web, Senegal riots + arrests
A('web', '2023-06-03', """
Senegal: nine killed as Sonko verdict sparks riots in Dakar and Ziguinchor

By West Africa Desk | June 3, 2023

Nine people were killed in Senegal on Thursday as supporters of opposition leader Ousmane Sonko clashed with police in Dakar and in the southern city of Ziguinchor after he was sentenced to two years in prison, the government said on Friday.

In Dakar, young men threw stones at police, burned buses and set fire to a branch of a supermarket chain in the Ouakam district, and police responded with tear gas, witnesses said. Interior Minister Antoine Diome said on Friday that six people had died in Dakar and three in Ziguinchor, the Casamance city where Sonko is mayor. Earlier on Friday, the government had given a toll of seven.

In Ziguinchor, rioters set fire to the offices of a member of parliament from the ruling coalition and to a gendarmerie post, local media reported.

"We are defending our leader and our democracy," said Modou, 22, standing beside a burned-out bus in Dakar's Colobane district on Friday morning.

The government said police had arrested about 500 people across the country, and that "foreign forces" were behind the unrest. It restricted access to social media platforms.

On Friday afternoon, hundreds of students gathered peacefully at Cheikh Anta Diop University in Dakar to denounce the killings. The university later suspended classes.

Sonko, who came third in the 2019 presidential election, was acquitted of rape charges but convicted of "corrupting youth". He says the case was designed to stop him from running in next year's election. In March 2021, his arrest sparked several days of riots that killed at least 13 people.
""",
  E('VD', 'Rioters (Senegal)', 'Police Forces of Senegal', 'rel:Thursday', L('Dakar', 'SN', 'Dakar'), 6, 'threw stones at police'),
  E('VD', 'Rioters (Senegal)', 'Police Forces of Senegal', 'rel:Thursday', L('Ziguinchor', 'SN', 'Ziguinchor'), 3, 'rioters set fire to the offices of a member of parliament'),
  E('PP', 'Protesters (Senegal)', None, 'rel:Friday', L('Dakar', 'SN', 'Dakar'), None, 'gathered peacefully at Cheikh Anta Diop University'),
)

# 40 web, Papua: teacher shot, school burned
A('web', '2022-04-12', """
Papua rebels shoot dead teacher in Beoga, burn school in Ilaga, police say

By Jayapura correspondent | April 12, 2022

Separatist gunmen shot dead a primary school teacher in the Beoga district of Indonesia's Puncak regency on Sunday, police said, accusing the victim of being a government informant.

The teacher, a 30-year-old man originally from South Sulawesi, was attacked at his home in Julukoma village in the afternoon, Papua police spokesman Ahmad Musthofa Kamal said. He died at the scene from gunshot wounds. A colleague who was with him escaped into the forest.

The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Movement, said in a statement on Monday that its fighters had killed the man because he was "a spy for the Indonesian military". Police rejected the claim and said he had taught in the district for six years.

On Monday, rebels set fire to a junior high school and a teachers' residence in Ilaga, the regency's main town, police said. No one was hurt, as the buildings were empty.

Teachers and health workers from outside Papua have repeatedly been targeted in the highlands. In April last year, rebels shot dead two teachers in Beoga and burned three schools, prompting the government to label the TPNPB a terrorist organisation.

Hundreds of residents of Beoga have fled to Ilaga since Sunday, a local church leader said.

The conflict in Papua, a former Dutch colony incorporated into Indonesia after a disputed U.N.-backed vote in 1969, has intensified in recent years. Rights groups say both sides have committed abuses.
""",
  E('ATK', 'TPNPB: West Papua National Liberation Army', 'Civilians (Indonesia)', 'rel:Sunday', L('Beoga', 'ID', 'Papua', 2), 1, 'shot dead a primary school teacher'),
  E('LOOT', 'TPNPB: West Papua National Liberation Army', None, 'rel:Monday', L('Ilaga', 'ID', 'Papua'), 0, 'set fire to a junior high school'),
  E('ATK', 'TPNPB: West Papua National Liberation Army', 'Civilians (Indonesia)', '2021-04', L('Beoga', 'ID', 'Papua', 2), 2, 'shot dead two teachers in Beoga', bg=True),
)
# 41 wire, commemoration, background only
A('wire', '2019-04-07', """
KIGALI, April 7 (Great Lakes Wire) - Rwanda on Sunday began a week of mourning to mark 25 years since the start of the 1994 genocide, in which extremist Hutu militias and soldiers killed some 800,000 ethnic Tutsis and moderate Hutus in about 100 days.

President Paul Kagame lit a flame of remembrance at the Kigali Genocide Memorial, where more than 250,000 victims are buried, in the presence of foreign leaders including the prime ministers of Belgium and Ethiopia and the president of Chad. The flame will burn for 100 days.

"In 1994 there was no hope, only darkness," Kagame told thousands of people at the Amahoro stadium later in the day. "Today, light radiates from this place."

The killings began on the night of April 6, 1994, hours after a plane carrying President Juvenal Habyarimana was shot down over Kigali. On April 7, soldiers of the presidential guard killed Prime Minister Agathe Uwilingiyimana at her home in Kigali, along with ten Belgian peacekeepers who had been sent to protect her.

Survivors lit candles and sang at memorial sites across the country, including the church at Nyamata, where thousands of people who had sought refuge were killed.

The genocide ended in July 1994 when the Rwandan Patriotic Front, then a rebel army led by Kagame, took control of the country. More than 2 million people were later tried by community courts known as gacaca.

Some survivors said the anniversary reopened old wounds. "You learn to live with it, but April is always hard," said Esperance Mukamana, 52, who lost her parents and four siblings.

French President Emmanuel Macron, who did not attend, announced on Friday the creation of a commission of historians to examine France's role in Rwanda during the genocide.
""",
  E('ATK', 'Military Forces of Rwanda', 'Government of Rwanda', '1994-04-07', L('Kigali', 'RW', 'Kigali'), 11, 'soldiers of the presidential guard killed Prime Minister Agathe Uwilingiyimana', bg=True),
  E('SH', 'Unidentified Armed Group (Rwanda)', 'Government of Rwanda', '1994-04-06', L('Kigali', 'RW', 'Kigali'), None, 'was shot down over Kigali', bg=True),
  hl=False)

# 42 local, near miss: bomb scare, threats, no event
A('local', '2019-09-20', """
Nairobi: Suspicious bag at Westgate turns out to be laptop as mall marks six years since terror attack

By Staff Reporter

Nairobi, Sept 20 - Shoppers at Westgate mall in Westlands were evacuated for about an hour on Friday morning after a security guard spotted an unattended bag near the main entrance, police said. The bag, checked by a bomb disposal unit, contained a laptop and a change of clothes belonging to a delivery rider who had gone into a bank.

"We treat every report seriously, especially this week," Nairobi regional police commander Philip Ndolo said. "There was no threat to the public."

The scare came a day before the sixth anniversary of the 2013 siege of the mall by al-Shabaab gunmen, in which 67 people were killed. Families of victims are due to hold a private memorial service at the mall on Saturday.

Police said security had been stepped up at malls, churches and bus stations in Nairobi ahead of the anniversary. The US embassy issued a security alert earlier this week warning that "terrorists may be planning attacks on locations frequented by Westerners in Nairobi", without giving details.

Interior Cabinet Secretary Fred Matiang'i told reporters in Mombasa that the government had "disrupted several plots" this year, but declined to say where or when. He urged Kenyans to remain vigilant and report suspicious activity.

Businesses at Westgate said shoppers had mostly returned by midday. "People here are used to it. They come back, but they are nervous," said a coffee shop manager.

The mall reopened in 2015 after extensive rebuilding. A plaque near the entrance lists the names of those who died.
""",
  E('ATK', 'Al Shabaab', 'Civilians (Kenya)', '2013-09-21', L('Nairobi', 'KE', 'Nairobi'), 67, 'the 2013 siege of the mall by al-Shabaab gunmen', bg=True),
)
# 43 wire, Uganda protests, toll retold 5 times + arrest
A('wire', '2020-11-21', """
KAMPALA, Nov 21 (East Africa Newswire) - The death toll from two days of protests in Uganda that followed the arrest of opposition presidential candidate Bobi Wine rose to 45 on Saturday, police said, making it the deadliest unrest in the country in a decade.

Wine, a musician-turned-lawmaker whose real name is Robert Kyagulanyi, was detained by police on Wednesday at a campaign rally in Luuka district in eastern Uganda, accused of breaching COVID-19 rules on the size of gatherings. He was released on bail on Friday.

Within hours of his arrest on Wednesday, his supporters took to the streets of Kampala, burning tyres and blocking roads, and police and soldiers fired tear gas and live rounds to disperse them. Clashes resumed on Thursday, when crowds set fire to vehicles in the Kalerwe and Nakulabye neighbourhoods. On Wednesday night police said three people had been killed. By Thursday morning the Uganda Red Cross said 16 people had died, and police on Thursday evening gave a figure of 28. On Friday, the health ministry said 37 people had died in the two days of unrest.

On Saturday police spokesman Fred Enanga said 45 people had been killed and 836 arrested. He did not say how many of the dead had been killed on each day.

Witnesses said plainclothes security men in unmarked pickup trucks fired on crowds in Kalerwe on Thursday. Security Minister Elly Tumwine said police "have a right to shoot you and you die if you reach a certain level of violence".

In Jinja, dozens of Wine supporters marched to the police station on Thursday to demand his release and were dispersed with tear gas, with no injuries reported.

President Yoweri Museveni, 76, who has ruled since 1986, is seeking a sixth term in elections due on Jan. 14.
""",
  E('ARR', 'Police Forces of Uganda', 'NUP: National Unity Platform', 'rel:Wednesday', L('Luuka', 'UG', 'Luuka', 2), None, 'was detained by police on Wednesday'),
  E('VD', 'Rioters (Uganda)', 'Police Forces of Uganda', 'rel:Wednesday', L('Kampala', 'UG', 'Kampala'), 23, 'took to the streets of Kampala, burning tyres and blocking roads'),
  E('VD', 'Rioters (Uganda)', 'Police Forces of Uganda', 'rel:Thursday', L('Kampala', 'UG', 'Kampala'), 22, 'Clashes resumed on Thursday'),
  E('PWI', 'Protesters (Uganda)', 'Police Forces of Uganda', 'rel:Thursday', L('Jinja', 'UG', 'Jinja'), 0, 'marched to the police station on Thursday'),
  hl=False)

# 44 wire, Katsina mosque abduction + air force strike
A('wire', '2023-09-12', """
KATSINA, Nigeria, Sept 12 (Pan-African Press) - Armed bandits stormed a mosque during dawn prayers in the village of Gidan Boka in Nigeria's northwestern Katsina state on Monday, killing three worshippers and abducting at least 40 others, residents and police said.

About 50 gunmen on motorcycles surrounded the mosque at about 5 a.m. and opened fire when some worshippers tried to flee, said Lawal Sani, a resident whose brother was among those taken. Katsina police spokesman Abubakar Sadiq Aliyu confirmed the attack and said officers had been deployed to the area. He said 40 people had been abducted; residents put the figure at more than 60.

The bandits later contacted families and demanded a ransom of 5 million naira ($6,500) for each captive, relatives said.

On Tuesday the Nigerian Air Force said its jets had struck a bandit hideout in the Rugu forest, about 30 km from Gidan Boka, on Monday evening, killing "scores of terrorists". Spokesman Edward Gabkwet said the strike followed intelligence about the movement of the kidnappers. The air force did not say whether any of the captives had been freed.

Residents of the area staged a protest on the Katsina-Kankara road on Tuesday, blocking traffic for several hours to demand more protection. Soldiers persuaded them to disperse.

Kidnapping for ransom has become a lucrative business for the armed gangs that roam northwestern Nigeria. In December 2020, bandits abducted more than 300 schoolboys from a boarding school in Kankara, in the same state; they were freed a week later.
""",
  E('ATK', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 'rel:Monday', L('Gidan Boka', 'NG', 'Katsina'), 3, 'stormed a mosque during dawn prayers'),
  E('ABD', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 'rel:Monday', L('Gidan Boka', 'NG', 'Katsina'), None, 'abducting at least 40 others'),
  E('AIR', 'Military Forces of Nigeria', 'Unidentified Armed Group (Nigeria)', 'rel:Monday', L('Rugu forest', 'NG', 'Katsina', 2), 12, 'its jets had struck a bandit hideout'),
  E('PP', 'Protesters (Nigeria)', None, 'rel:Tuesday', L('Kankara', 'NG', 'Katsina', 2), None, 'staged a protest on the Katsina-Kankara road'),
  E('ABD', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', '2020-12', L('Kankara', 'NG', 'Katsina'), None, 'bandits abducted more than 300 schoolboys', bg=True),
  hl=False)
# 45 wire, DRC sexual violence + clash
A('wire', '2018-07-18', """
BUKAVU, Democratic Republic of Congo, July 18 (Great Lakes Wire) - Militiamen raped at least 27 women and girls during a raid on two villages in Congo's South Kivu province over the weekend, a local health official and the United Nations said on Wednesday.

Fighters from a faction of the Raia Mutomboki militia entered the village of Kigulube in Shabunda territory on Saturday night, looted homes and assaulted women, some of them in front of their children, said Dr. Denis Kalala, who runs the local health centre. On Sunday the fighters moved to the neighbouring village of Nyalubemba, where further women were attacked, he said.

The health centre initially reported 11 victims on Monday. By Tuesday 19 women and girls had come forward for treatment, and on Wednesday the U.N. peacekeeping mission MONUSCO said at least 27 survivors had been identified, 17 in Kigulube and 10 in Nyalubemba. The youngest was 12.

"They took everything. They took our goats, our clothes, our dignity," one survivor told a U.N. team by telephone, according to a statement.

Congolese soldiers clashed with the militiamen near Kigulube on Tuesday, killing three of them, the army's regional spokesman said. One soldier was wounded.

Raia Mutomboki, a loose network of local self-defence groups, emerged in Shabunda in 2005 to fight Rwandan Hutu rebels but has since fragmented into factions accused of extortion and abuses against civilians.

In 2017, the U.N. documented more than 800 cases of sexual violence by armed groups and soldiers in Congo's eastern provinces. Nobel Peace Prize nominee Denis Mukwege, whose hospital in Bukavu treats thousands of survivors a year, has called for an international tribunal.
""",
  E('SV', 'Raia Mutomboki Militia', 'Civilians (Democratic Republic of Congo)', 'rel:Saturday', L('Kigulube', 'CD', 'South Kivu'), None, 'assaulted women'),
  E('SV', 'Raia Mutomboki Militia', 'Civilians (Democratic Republic of Congo)', 'rel:Sunday', L('Nyalubemba', 'CD', 'South Kivu'), None, 'further women were attacked'),
  E('AC', 'Military Forces of the Democratic Republic of Congo', 'Raia Mutomboki Militia', 'rel:Tuesday', L('Kigulube', 'CD', 'South Kivu', 2), 3, 'clashed with the militiamen near Kigulube'),
  hl=False)

# 46 wire, all caps, Burkina convoy ambush toll retold + IED on bus
A('wire', '2022-09-30', """
BURKINA FASO: TOLL FROM DJIBO CONVOY AMBUSH RISES TO 37; BUS HITS MINE NEAR BOURZANGA

OUAGADOUGOU, Sept 30 (Agence Sahel Presse) - The number of people killed in an attack on a supply convoy headed for the besieged northern Burkina Faso town of Djibo rose to 37 on Friday, the army said, four days after jihadist fighters ambushed the trucks near Gaskinde.

The convoy of about 150 trucks carrying food and fuel, escorted by soldiers, was attacked on Monday afternoon by heavily armed fighters who had laid explosives along the road, the army said. Soldiers fought back for several hours.

The government said on Monday night that 11 soldiers had been killed and 50 civilians were missing. On Wednesday it said two more soldiers had died of their wounds. By Thursday, after search teams found bodies in the bush, the army put the toll at 27 soldiers and 10 civilian drivers, and on Friday it confirmed 37 dead. Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate in the Sahel, claimed the ambush and said it had killed more than 100 soldiers.

On Thursday, a bus carrying traders hit a landmine on the road between Kaya and Bourzanga, killing seven passengers, local officials said.

Djibo has been under a blockade by JNIM since February, and residents say food has run out. On Sept. 5, an explosive device hit a supply convoy near Djibo, killing 35 civilians.

The ambush has deepened anger within the army. Officers who seized power in January led by Lieutenant Colonel Paul-Henri Sandaogo Damiba had promised to restore security, but the jihadists now control or contest about 40 percent of the country.
""",
  E('AC', "JNIM: Group for Support of Islam and Muslims", 'Military Forces of Burkina Faso', 'rel:Monday', L('Gaskinde', 'BF', 'Sahel'), 37, 'ambushed the trucks near Gaskinde'),
  E('IED', 'Unidentified Armed Group (Burkina Faso)', 'Civilians (Burkina Faso)', 'rel:Thursday', L('Bourzanga', 'BF', 'Centre-Nord', 2), 7, 'hit a landmine'),
  E('IED', 'Unidentified Armed Group (Burkina Faso)', 'Civilians (Burkina Faso)', '2022-09-05', L('Djibo', 'BF', 'Sahel', 2), 35, 'an explosive device hit a supply convoy', bg=True),
)
# 47 wire, Libya: air strike + clash
A('wire', '2019-10-15', """
TRIPOLI, Oct 15 (Maghreb Wire) - An air strike hit a house in the Tripoli suburb of al-Fornaj on Monday night, killing three girls from one family, Libya's internationally recognised government said, blaming forces loyal to eastern commander Khalifa Haftar.

The girls, aged between two and 11, were killed when the house collapsed on them, and their mother and a brother were wounded, the health ministry of the Tripoli-based Government of National Accord (GNA) said. Haftar's Libyan National Army (LNA) said its aircraft had struck "a terrorist drone operations room" elsewhere in the city and denied hitting homes.

On Tuesday, heavy fighting broke out between GNA forces and the LNA in the Ain Zara and Salah al-Din districts on Tripoli's southern front, residents said. GNA spokesman Mohamed Gnounou said his forces had killed 11 LNA fighters and destroyed two armoured vehicles; the GNA lost four fighters, a field hospital said.

The LNA launched its offensive to take Tripoli on April 4. The United Nations says more than 1,000 people have been killed since then and 120,000 displaced.

In July, an air strike hit a migrant detention centre in Tajoura, east of Tripoli, killing 53 people. The U.N. said it could amount to a war crime.

U.N. envoy Ghassan Salame has been pushing for an international conference in Berlin to revive peace talks. Haftar's backers include the United Arab Emirates, Egypt and Russia, while Turkey supports the GNA.

In al-Fornaj, neighbours gathered outside the damaged house on Tuesday morning as the girls were buried. "There were no fighters here, only families," said a relative, who asked not to be named. Schools in the southern suburbs have been closed since April.
""",
  E('AIR', 'LNA: Libyan National Army', 'Civilians (Libya)', 'rel:Monday', L('Tripoli', 'LY', 'Tripoli', 2), 3, 'An air strike hit a house'),
  E('AC', 'Military Forces of Libya (2016-) Government of National Accord', 'LNA: Libyan National Army', 'rel:Tuesday', L('Tripoli', 'LY', 'Tripoli', 2), 15, 'heavy fighting broke out between GNA forces and the LNA'),
  E('AIR', 'LNA: Libyan National Army', 'Civilians (Libya)', '2019-07', L('Tajoura', 'LY', 'Tripoli'), 53, 'an air strike hit a migrant detention centre', bg=True),
  hl=False)

# 48 wire, tokenized, Yemen
A('wire', '2018-11-09', """
ADEN , Yemen , Nov 9 ( Gulf Desk ) - Fighting between Yemen 's Houthi movement and Saudi-backed government forces in the port city of Hodeidah killed at least 32 combatants on Thursday , medical sources said , as the coalition pressed an offensive to take the city .

Government troops backed by coalition warplanes pushed into the eastern 50th Street area and clashed with Houthi fighters near the May 22 hospital , medical officials and military sources said . Initially hospital sources said 14 Houthis and five government fighters had been killed . Later on Thursday , medics put the toll at 32 , including 25 Houthis .

The coalition carried out more than 20 air strikes on Houthi positions in and around Hodeidah on Thursday , residents said . It was not clear how many people were killed in the raids .

Also on Thursday , the Houthis fired a ballistic missile towards the city of Marib , east of the capital Sanaa . Saudi air defences intercepted it , and no casualties were reported , the coalition 's spokesman said .

Aid groups fear the fighting will shut Hodeidah 's port , the entry point for most of Yemen 's food imports and aid . " Any damage to the port would be catastrophic , " said a spokeswoman for Save the Children .

The Houthis have held Hodeidah since 2014 . The coalition intervened in Yemen 's war in March 2015 to restore President Abd-Rabbu Mansour Hadi 's government . The war has killed more than 10,000 people , according to the World Health Organization .
""",
  E('AC', 'Military Forces of Yemen', 'Houthis', 'rel:Thursday', L('Hodeidah', 'YE', 'Al Hudaydah'), 32, "Fighting between Yemen 's Houthi movement and Saudi-backed government forces"),
  E('AIR', 'Military Forces of Saudi Arabia', 'Houthis', 'rel:Thursday', L('Hodeidah', 'YE', 'Al Hudaydah', 2), None, 'carried out more than 20 air strikes'),
  E('SH', 'Houthis', None, 'rel:Thursday', L('Marib', 'YE', 'Marib'), 0, 'fired a ballistic missile towards the city of Marib'),
  hl=False)
# 49 local, Kashmir, toll retold + grenade
A('local', '2016-07-11', """
Kashmir unrest: toll rises to 23 as protests continue; grenade hurled at police station in Pulwama

Srinagar, July 11: The death toll in the protests that erupted across the Kashmir valley after the killing of Hizbul Mujahideen commander Burhan Wani rose to 23 on Monday, with two more injured youths succumbing at SMHS hospital, officials said.

On Monday, police and paramilitary CRPF personnel opened fire on stone-pelting protesters at Kulgam's Qaimoh, killing one youth and injuring several others, a police officer said. In the morning the official toll for Monday stood at one; by evening, after two injured protesters died at SMHS hospital in Srinagar, officials put the total since Friday at 23. Separatist leaders said 26 had been killed.

Unidentified militants hurled a grenade at the police station in Pulwama's Tral on Monday afternoon. The grenade exploded outside the compound, injuring two policemen, SSP Pulwama said. Both are stated to be stable.

In Srinagar, curfew remained in force for the third day and mobile internet services stayed suspended. Separatist leaders Syed Ali Shah Geelani, Mirwaiz Umar Farooq and Yasin Malik extended their strike call until Wednesday.

Wani, 22, was killed along with two associates in an encounter with security forces at Bumdoora village in Anantnag's Kokernag on Friday evening. Tens of thousands attended his funeral at Tral on Saturday.

Chief Minister Mehbooba Mufti appealed for calm and said the "use of force should be minimal". The Centre rushed 1,200 additional CRPF personnel to the valley.

Hospitals in Srinagar appealed for blood donations. Doctors at SMHS said dozens of the injured had pellet wounds to the eyes, and that several young patients could lose their sight.
""",
  E('EXF', 'Police Forces of India', 'Protesters (India)', 'rel:Monday', L('Qaimoh', 'IN', 'Jammu and Kashmir'), 1, 'opened fire on stone-pelting protesters'),
  E('GR', 'Unidentified Armed Group (India)', 'Police Forces of India', 'rel:Monday', L('Tral', 'IN', 'Jammu and Kashmir'), None, 'hurled a grenade at the police station'),
  E('AC', 'Military Forces of India', 'Hizbul Mujahideen', 'rel:Friday', L('Kokernag', 'IN', 'Jammu and Kashmir', 2), 3, 'was killed along with two associates in an encounter', bg=True),
)

# 50 web, business/security story, background only
A('web', '2023-02-14', """
TotalEnergies weighs restart of Mozambique LNG as insurgent attacks fall

By Energy Desk | Feb. 14, 2023

French energy group TotalEnergies said on Tuesday it hoped to restart construction of its $20 billion liquefied natural gas project in northern Mozambique this year, nearly two years after an insurgent attack forced it to halt work.

Chief executive Patrick Pouyanne said after a visit to the Afungi site in Cabo Delgado province that security had "improved significantly" and that the company had commissioned a human rights review of the project area before any restart.

TotalEnergies declared force majeure in April 2021, after Islamic State-linked insurgents stormed the nearby town of Palma on March 24, 2021, killing dozens of residents and workers and forcing thousands to flee into the bush and by boat. The town was retaken by Mozambican forces days later.

Since then, troops from Rwanda and a regional force from the Southern African Development Community have pushed the insurgents out of the main towns. The conflict-monitoring group ACLED recorded a 40 percent fall in organised political violence in Cabo Delgado in 2022, though it warned that small groups of fighters continue to raid villages in Macomia and Ancuabe districts.

"The insurgency has been contained, not defeated," said João Feijó, a researcher at the Rural Environment Observatory in Maputo. He said hundreds of young men remained in the ranks of the group.

Officials in Maputo hope the project, together with a floating platform operated by Eni that began exporting gas last year, will transform the economy of one of the world's poorest countries. Local communities have complained that they have seen little of the promised jobs.

A decision on restarting the project is expected in the second half of the year, Pouyanne said.
""",
  E('ATK', 'Islamic State Central Africa Province', 'Civilians (Mozambique)', '2021-03-24', L('Palma', 'MZ', 'Cabo Delgado'), 12, 'stormed the nearby town of Palma', bg=True),
)
