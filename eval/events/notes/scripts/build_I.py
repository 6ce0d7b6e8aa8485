#!/usr/bin/env python3
"""Annotator I, round "articles" (second wave): whole news articles with their event coding.
Writes ../notes-I.jsonl and texts-I.jsonl (first 10 articles, id+published+text, no events).
Each event's evidence is (trigger phrase, 1-based occurrence in the text); byte offsets are computed and checked here.
Dates: 'YYYY-MM-DD', 'YYYY-MM', None, or 'rel:<Weekday>' (latest such weekday on/before the published day),
'rel:-N' (N days before published)."""
import json, re, sys, atexit, datetime, collections
import os
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

OUT = os.path.join(HERE, 'notes-I.jsonl')
TEXTS = os.path.join(HERE, 'texts-I.jsonl')
PREFIX = 'article-I-'

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
        aid = PREFIX + '%04d' % n
        if style not in STYLES: errs.append((aid, 'style', style))
        try: datetime.date.fromisoformat(pub)
        except Exception: errs.append((aid, 'published', pub))
        styles[style] += 1
        words = len(text.split())
        if not 250 <= words <= 900: warns.append((aid, 'words', words))
        head_len = len(text.split('\n')[0].encode('utf-8')) if '\n' in text else 0
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
            if s < head_len and style != 'wire': warns.append((aid, 'evidence in headline', e['trig']))
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
    if len(out) >= 10 and TEXTS:
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

# ============================ articles ============================
# 1 -- live blog: Gaza, south Lebanon, northern Israel, Jenin; background strike in Beirut two days earlier
A('web', '2024-11-20', """
Middle East live: strike on tents in al-Mawasi kills nine; rockets hit Nahariya; raid in Jenin

By Levant Desk staff | Updated 17:40 GMT

08:05 GMT - An Israeli air strike hit a cluster of tents sheltering displaced families in the al-Mawasi area west of Khan Younis early on Wednesday, killing nine people, among them four children, according to Nasser Hospital, which received the bodies. The Israeli military said it had targeted "a Hamas militant operating from a humanitarian area" and that it was reviewing reports of civilian casualties.

09:30 GMT - Witnesses in al-Mawasi describe a crater several metres wide where the tents stood. "We came here because they told us it was safe," said Umm Khaled, whose nephew was among the dead.

11:15 GMT - Hezbollah fired a barrage of about 20 rockets at the northern Israeli town of Nahariya, the Israeli military said. Most were intercepted, but one struck the roof of a house. Magen David Adom said nobody was hurt. Hezbollah said the barrage was a response to "the enemy's massacres".

12:50 GMT - An Israeli drone struck a motorbike on the road between Tyre and Qana in southern Lebanon, killing two men, Lebanon's health ministry said. The Israeli military said both were Hezbollah operatives who had been preparing rocket launches.

14:20 GMT - In the occupied West Bank, Israeli troops backed by bulldozers entered the Jenin refugee camp before noon and exchanged fire with gunmen of the Jenin Brigade, a local armed group. The Palestinian health ministry said one man, 22, was killed. The army said a soldier was lightly wounded and that troops had uncovered explosives planted under a road.

15:05 GMT - Recap: The Wednesday strike in al-Mawasi comes two days after an Israeli strike on the Ras al-Nabaa district of Beirut on Monday killed Hezbollah's chief spokesman and three other people, according to Lebanese officials.

16:10 GMT - Israel's defence minister warned that the army would "strike Beirut as hard as Gaza" if rocket fire on the north continued. Hezbollah has said it will keep firing until there is a ceasefire in Gaza.

17:40 GMT - The Gaza health ministry says more than 43,900 Palestinians have been killed since the war began in October 2023. US envoy Amos Hochstein is in Beirut for talks on a truce proposal; Lebanese officials said a deal was "closer than ever" but several points remained open.
""",
 E('AIR', 'Military Forces of Israel', 'Civilians (Palestine)', 'rel:Wednesday', L('Khan Younis', 'PS', 'Khan Younis', 2), 9, 'An Israeli air strike hit a cluster of tents'),
 E('SH', 'Hezbollah', 'Civilians (Israel)', 'rel:Wednesday', L('Nahariya', 'IL', 'Northern District'), 0, 'fired a barrage of about 20 rockets'),
 E('AIR', 'Military Forces of Israel', 'Hezbollah', 'rel:Wednesday', L('Qana', 'LB', 'South Lebanon', 2), 2, 'An Israeli drone struck a motorbike'),
 E('AC', 'Military Forces of Israel', 'Jenin Brigade', 'rel:Wednesday', L('Jenin', 'PS', 'Jenin'), 1, 'exchanged fire with gunmen of the Jenin Brigade'),
 E('AIR', 'Military Forces of Israel', 'Hezbollah', 'rel:Monday', L('Beirut', 'LB', 'Beirut'), 4, 'an Israeli strike on the Ras al-Nabaa district of Beirut', bg=True),
)

# 2 -- follow-up, rising toll (incident day = Tuesday), IS claim, arrests, background month-dated truck bomb
A('wire', '2025-03-13', """
TOLL FROM TUZ KHURMATU CAR BOMB RISES TO 14 AS ISLAMIC STATE CLAIMS ATTACK

KIRKUK, Iraq (Gulf Desk) - The death toll from Tuesday's car bombing at a livestock market in the northern Iraqi town of Tuz Khurmatu rose to 14 on Thursday after three wounded men died in hospital, health officials said, as Islamic State claimed responsibility for the attack.

The bomb, packed into a parked pickup truck, exploded shortly after 8 a.m. on Tuesday as farmers and traders gathered at the market on the southern edge of the town, about 175 km (110 miles) north of Baghdad. Eleven people were killed at the scene or died on the way to hospital that day, and more than 30 were wounded.

"The toll is now 14 dead, and four of the wounded are still in a critical condition," said Dr. Ahmed Salih of the Salahuddin health directorate.

Islamic State said in a statement carried by its Amaq news agency late on Wednesday that one of its "soldiers" had detonated the vehicle among "Shi'ite apostates". The group gave no evidence, and the claim could not be verified.

Iraq's Counter-Terrorism Service said its forces had arrested three suspects in a raid in the Hay al-Askari district of Kirkuk on Wednesday, including a man it said had bought the pickup a week before the attack. The men were being questioned, a CTS spokesman said.

Tuz Khurmatu, a town of Turkmen, Kurds and Arabs in Salahuddin province, has been hit repeatedly by militant attacks. In July 2023, a truck bomb outside a police station in the town killed nine people. Security officials say Islamic State cells still move through the Hamrin mountains and the rural areas between Kirkuk, Salahuddin and Diyala.

Islamic State lost its last territory in Iraq in 2017, and violence has fallen sharply since then, but its remnants carry out sporadic attacks on security forces and civilians. The United Nations said in a report last month that the group still has between 1,500 and 3,000 fighters in Iraq and Syria.

Prime Minister Mohammed Shia al-Sudani ordered an investigation into how the vehicle passed through checkpoints and said "the criminals will not escape punishment". Local leaders called for more troops to be deployed to the town, and dozens of residents staged a sit-in outside the district council building on Thursday demanding the removal of the local security chief.
""",
 E('IED', 'Islamic State (Iraq)', 'Civilians (Iraq)', 'rel:Tuesday', L('Tuz Khurmatu', 'IQ', 'Salahuddin'), 14, "Tuesday's car bombing"),
 E('ARR', 'Counter-Terrorism Service (Iraq)', 'Islamic State (Iraq)', 'rel:Wednesday', L('Kirkuk', 'IQ', 'Kirkuk'), None, 'arrested three suspects'),
 E('IED', 'Unidentified Armed Group (Iraq)', 'Police Forces of Iraq', '2023-07', L('Tuz Khurmatu', 'IQ', 'Salahuddin'), 9, 'a truck bomb outside a police station in the town killed nine people', bg=True),
 E('PP', 'Protesters (Iraq)', None, 'rel:Thursday', L('Tuz Khurmatu', 'IQ', 'Salahuddin'), None, 'staged a sit-in'),
)

# 3 -- trial story (Germany): background arson attack, background arrests, background Heidenau riot; peaceful protest outside court
A('web', '2025-02-11', """
Pirna shelter arson: three men go on trial in Dresden

Prosecutors say the defendants planned the attack in a far-right chat group

By Katrin Vogel

DRESDEN - Three men accused of setting fire to a shelter for asylum seekers in the Saxon town of Pirna went on trial on Tuesday at the Higher Regional Court in Dresden, charged with attempted murder and arson.

According to the indictment, the men, aged 19, 23 and 31, threw bottles filled with petrol through the ground-floor windows of the former hotel on the night of May 18, 2024, while about 40 people, including eleven children, were asleep inside. A 34-year-old man from Syria suffered burns to his arms and legs as he carried his daughter out through the smoke. Everyone else escaped unhurt, and firefighters put out the blaze within an hour.

Prosecutors say the defendants had discussed the attack for weeks in a chat group in which members shared Nazi symbols and called for the "expulsion" of foreigners from the town. Police arrested the three in raids in Pirna and Heidenau on June 4, 2024, after traces of DNA were found on a bottle that had failed to ignite.

The eldest defendant, a warehouse worker, told the court through his lawyer that he had driven the others to the shelter but had not known what they planned. The two younger men did not speak. The trial is scheduled to run until May.

Outside the court building, about 200 people gathered peacefully on Tuesday morning, holding banners reading "Never again is now" and the names of victims of racist violence. Police said the rally passed without incident.

The case has revived memories of the summer of 2015 in the region, when hundreds of right-wing extremists clashed with police for two nights outside a refugee shelter in Heidenau on August 21 and 22, injuring more than 30 officers. Rights groups say attacks on shelters in eastern Germany have risen again since 2023, though they remain well below the levels of 2015 and 2016.

Saxony's interior minister said in a statement that the state would "use every means of the law against those who attack people because of their origin". A verdict is expected in the spring.
""",
 E('ATK', 'Unidentified Armed Group (Germany)', 'Civilians (Germany)', '2024-05-18', L('Pirna', 'DE', 'Saxony'), 0, 'threw bottles filled with petrol', bg=True),
 E('ARR', 'Police Forces of Germany', 'Unidentified Armed Group (Germany)', '2024-06-04', L('Pirna', 'DE', 'Saxony'), None, 'Police arrested the three', bg=True),
 E('PP', 'Protesters (Germany)', None, 'rel:Tuesday', L('Dresden', 'DE', 'Saxony'), None, 'about 200 people gathered peacefully'),
 E('VD', 'Rioters (Germany)', 'Police Forces of Germany', '2015-08-21', L('Heidenau', 'DE', 'Saxony'), None, 'clashed with police for two nights', bg=True),
 E('VD', 'Rioters (Germany)', 'Police Forces of Germany', '2015-08-22', L('Heidenau', 'DE', 'Saxony'), None, 'injuring more than 30 officers', bg=True),
)

# 4 -- press-release style (Mexico state prosecutor): cartel clash, arrests + cache, landmine wounding soldiers
A('web', '2025-05-13', """
PRESS RELEASE - Office of the Attorney General of the State of Michoacán (FGE)
Morelia, Michoacán, May 13, 2025 - Statement 112/2025

The Office of the Attorney General of the State of Michoacán reports the following actions in the municipalities of Buenavista and Apatzingán:

1. On Sunday, armed men of the Jalisco New Generation Cartel (CJNG) and of the criminal group known as Cárteles Unidos clashed for several hours on the road between the communities of La Ruana and El Terrero, in the municipality of Buenavista. Expert personnel of this Office recovered six bodies from the area on Sunday evening; all of them had gunshot wounds and wore tactical vests. Two burned-out vehicles with improvised armour were also found at the site.

2. On Monday, in a joint operation with the Secretariat of National Defence (Sedena) and the State Civil Guard, officers arrested nine people in a property in La Ruana. Seized at the property were 14 long guns, more than 3,000 cartridges, and 22 explosive devices adapted to be dropped from drones, which were made safe by military specialists. The detainees were placed at the disposal of the Public Prosecutor, who will determine their legal situation.

3. On Saturday, two members of the Mexican Army were injured when an explosive device buried on a dirt road detonated as their vehicle passed near the community of Catalinas, in the municipality of Apatzingán. The soldiers were taken to a military hospital in Morelia, where they are reported to be in stable condition. An investigation file has been opened for the crimes of attacks on the peace and terrorism.

This Office reiterates that the dispute between criminal groups in the Tierra Caliente region has led to the displacement of families, and that during 2024 a total of 37 explosive devices were deactivated in the region. It also recalls that on January 23 of this year, a landmine on the road to El Alcalde killed a farmer and his son.

The FGE calls on the population to report any suspicious object through the emergency number 911 and guarantees the confidentiality of complaints.

Investigations continue in order to identify and locate those responsible for the acts described above. The Office will keep the public informed through its official channels.

#FGEMichoacán #SeguridadMichoacán
""",
 E('AC', 'Jalisco New Generation Cartel', 'Carteles Unidos', 'rel:Sunday', L('La Ruana', 'MX', 'Michoacán', 2), 6, 'clashed for several hours'),
 E('ARR', 'Police Forces of Mexico', None, 'rel:Monday', L('La Ruana', 'MX', 'Michoacán'), None, 'officers arrested nine people'),
 E('DWU', 'Military Forces of Mexico', None, 'rel:Monday', L('La Ruana', 'MX', 'Michoacán'), None, 'were made safe by military specialists'),
 E('IED', 'Unidentified Armed Group (Mexico)', 'Military Forces of Mexico', 'rel:Saturday', L('Catalinas', 'MX', 'Michoacán', 2), None, 'an explosive device buried on a dirt road detonated'),
 E('IED', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', '2025-01-23', L('Apatzingán', 'MX', 'Michoacán', 2), 2, 'a landmine on the road to El Alcalde killed a farmer and his son', bg=True),
)
# 5 -- Colombia: two named armed groups clash; ELN takes hamlet; abduction of a social leader; army statement
A('wire', '2025-08-20', """
CUCUTA, Colombia (Andes Wire) - Fighters of the National Liberation Army (ELN) and a dissident faction of the former FARC rebels clashed for most of Monday in the Catatumbo region near the Venezuelan border, leaving at least eight combatants dead, Colombia's army said on Tuesday.

The fighting broke out at dawn around the hamlet of Campo Dos, in the municipality of Tibú, between the ELN and the 33rd Front, a dissident group that rejected the 2016 peace deal, the army's Second Division said in a statement. By nightfall the ELN had driven the dissidents out of Campo Dos and set up checkpoints on the road leading to it, according to the statement and two residents reached by telephone.

"The bodies of eight members of illegal armed groups were left in the area," the statement said, adding that troops had not taken part in the fighting. The army said it was sending reinforcements to protect civilians. A community leader in Tibú said families had begun to leave the hamlet on foot and in motorbikes towards the town centre.

Separately, the ombudsman's office said that armed men had abducted a social leader, Luz Marina Quintero, from her home in the municipality of El Tarra on Sunday night. It did not say which group was responsible. Quintero, who heads a farmers' association that promotes the replacement of coca crops, had reported receiving threats in recent months.

The ELN and the 33rd Front have been at war in Catatumbo since January, when the ELN launched an offensive against the dissidents that killed dozens of people and forced more than 50,000 to flee their homes, the largest displacement recorded in Colombia in decades. President Gustavo Petro suspended peace talks with the ELN at the time and declared a state of internal commotion in the region.

The region, one of the world's largest coca-growing areas, is also a corridor for smuggling drugs, fuel and weapons across the border. The army's commander said troops would "not allow any armed group to impose itself on the population", but residents say both groups move freely in rural areas.

The ELN did not comment on Monday's fighting. In a message on social media, a commander of the 33rd Front accused the ELN of attacking "with the complicity" of Venezuelan authorities, an accusation Caracas has previously rejected.
""",
 E('AC', 'National Liberation Army (Colombia)', '33rd Front (FARC dissidents)', 'rel:Monday', L('Tibú', 'CO', 'Norte de Santander', 2), 8, 'clashed for most of Monday'),
 E('NSO', 'National Liberation Army (Colombia)', '33rd Front (FARC dissidents)', 'rel:Monday', L('Tibú', 'CO', 'Norte de Santander', 2), None, 'the ELN had driven the dissidents out of Campo Dos'),
 E('ABD', 'Unidentified Armed Group (Colombia)', 'Civilians (Colombia)', 'rel:Sunday', L('El Tarra', 'CO', 'Norte de Santander'), None, 'armed men had abducted a social leader'),
)

# 6 -- Kenya: anniversary protests; police live fire in Nairobi; rioters torch police post in Kitengela; peaceful march in Nyeri; background 2024 storming of parliament
A('web', '2025-06-26', """
Three shot dead in Nairobi as anniversary protests turn violent; police post torched in Kitengela

By Wanjiru Mwangi and Otieno Ochieng

NAIROBI - Police opened fire on protesters in central Nairobi on Wednesday as thousands of young Kenyans marched to mark one year since the storming of parliament, killing at least three people and wounding dozens, according to hospital officials and rights groups.

Officers fired tear gas and water cannon as crowds tried to reach Parliament Road in the late morning, and later shot live rounds when groups of protesters threw stones and set tyres alight on Moi Avenue and Kenyatta Avenue. Kenyatta National Hospital said it had received three bodies with gunshot wounds and was treating 47 injured people.

"They were shooting at us as if we were criminals. We only came with flags," said Brian, a 24-year-old who declined to give his surname.

South of the capital, in Kitengela, protesters blocked the Namanga road, set fire to a police post and looted two supermarkets in the afternoon, police said. No deaths were reported there, but police said four officers were hurt by stones.

In Nyeri, several hundred people marched through the town centre carrying placards and the Kenyan flag, then dispersed peacefully in the afternoon, the county police commander said.

Interior Minister Kipchumba Murkomen said 400 officers had been injured across the country and accused "criminal elements" of hijacking the protests. The Kenya National Commission on Human Rights said officers had used "excessive and lethal force" and called for an independent investigation.

The demonstrations marked the anniversary of June 25 last year, when protesters opposed to a finance bill with new taxes overran police lines and broke into the parliament building in Nairobi, setting part of it on fire. President William Ruto withdrew the bill a day later.

Anger has grown again in recent weeks over the death in police custody of a teacher and blogger, and over reports of abductions of government critics, which the government denies. Rights groups say more than 60 people were killed during protests last year.

The Communications Authority ordered television stations on Wednesday to stop live coverage of the demonstrations, a move the High Court suspended in the evening.
""",
 E('EXF', 'Police Forces of Kenya', 'Protesters (Kenya)', 'rel:Wednesday', L('Nairobi', 'KE', 'Nairobi'), 3, 'Police opened fire on protesters'),
 E('VD', 'Rioters (Kenya)', 'Police Forces of Kenya', 'rel:Wednesday', L('Kitengela', 'KE', 'Kajiado'), 0, 'set fire to a police post'),
 E('PP', 'Protesters (Kenya)', None, 'rel:Wednesday', L('Nyeri', 'KE', 'Nyeri'), None, 'several hundred people marched through the town centre'),
 E('VD', 'Rioters (Kenya)', 'Police Forces of Kenya', '2024-06-25', L('Nairobi', 'KE', 'Nairobi'), None, 'broke into the parliament building', bg=True),
)

# 7 -- Bangladesh: mob lynching, mob torches house of former MP, police arrests; background Ganabhaban storming
A('web', '2025-02-08', """
Man beaten to death by mob in Rajshahi; ex-MP's house torched in Gazipur

Staff Correspondent, Dhaka

A man was beaten to death by a mob in Rajshahi city on Friday night after being accused of stealing a mobile phone, while in Gazipur a crowd set fire to the house of a former Awami League lawmaker, police said on Saturday.

The victim in Rajshahi, identified as Mizanur Rahman, 32, a rickshaw puller, was caught by a group of people near the Shaheb Bazar area around 10 p.m., said Officer-in-Charge Abdul Matin of the Boalia police station. "They tied him to a lamppost and beat him with sticks. By the time our team arrived, he was unconscious," he said. Rahman was declared dead at Rajshahi Medical College Hospital.

Police have detained four people identified from video footage of the beating, which circulated widely on social media, and a case has been filed, the officer said.

In Gazipur, a crowd of several hundred people marched to the two-storey house of former MP Zahid Ahsan Russell in the Bhawal area on Friday evening, ransacked it and set it on fire, witnesses said. The house was empty; the former lawmaker has been in hiding since the fall of the Awami League government. Firefighters said they were prevented from reaching the building for more than an hour.

Some in the crowd said they were responding to a call by student activists to "resist" the Awami League, after deposed prime minister Sheikh Hasina gave an online speech to supporters from India on Wednesday night.

Human rights group Ain o Salish Kendra says at least 96 people were killed in mob beatings in Bangladesh last year, the highest number in a decade. The interim government led by Muhammad Yunus has repeatedly urged people not to "take the law into their own hands", and the home adviser said on Saturday that law enforcers had been told to act "firmly" against mob attacks.

Attacks on the homes and offices of Awami League leaders surged after August 5 last year, when Hasina fled the country by helicopter and crowds stormed and looted her official residence, Ganabhaban, in Dhaka.

The army, which has magistracy powers, said it had deployed additional patrols in Gazipur and Rajshahi.
""",
 E('MOB', 'Rioters (Bangladesh)', 'Civilians (Bangladesh)', 'rel:Friday', L('Rajshahi', 'BD', 'Rajshahi'), 1, 'beaten to death by a mob', occ=1),
 E('MOB', 'Rioters (Bangladesh)', 'Awami League', 'rel:Friday', L('Gazipur', 'BD', 'Dhaka'), 0, 'ransacked it and set it on fire'),
 E('MOB', 'Rioters (Bangladesh)', None, '2024-08-05', L('Dhaka', 'BD', 'Dhaka'), None, 'crowds stormed and looted her official residence', bg=True),
)
# 8 -- Sudan roundup: SAF-RSF clash in Babanusa; aid convoy attacked (driver killed); sexual violence reported (UN); background
A('wire', '2025-01-16', """
PORT SUDAN, Sudan (Nile Wire) - Sudan's army and the paramilitary Rapid Support Forces fought for control of the army's 22nd Infantry Division base in Babanusa in West Kordofan on Wednesday, while gunmen attacked an aid convoy in North Darfur, killing a truck driver, officials and aid agencies said.

The RSF launched the assault on the base from three directions at dawn, using armoured vehicles and drones, a military source in Babanusa said. The army said its troops had repelled the attack and killed "dozens" of RSF fighters. An RSF spokesman said the group had destroyed two army tanks. A doctor in the town said 11 soldiers and civilians had been brought to the hospital dead and that he could not count the RSF dead, who remained on the battlefield.

The army has held the Babanusa base, the last major military position in West Kordofan, under siege for more than a year.

In North Darfur, gunmen in a pickup truck opened fire on a convoy of 16 trucks carrying food for the World Food Programme on the road between Mellit and El Fasher on Wednesday afternoon, killing one driver and wounding another, the UN agency said. WFP did not say who was responsible. The RSF controls most of the road.

"Aid workers and humanitarian supplies are not a target," WFP's country director said in a statement, adding that the agency had paused movements on the route.

Separately, the UN human rights office said it had received credible reports that RSF fighters raped at least seven women and girls during a raid on the village of Wad al-Nura in Gezira state on Sunday. Survivors told UN investigators that the fighters went from house to house and detained men in the village mosque. The RSF denied the accusation, calling it "fabricated by the army's media".

The RSF has been accused of widespread sexual violence since the war began in April 2023, including in Geneina in West Darfur in June 2023, when the UN says hundreds of Masalit civilians were killed. The army has been accused of indiscriminate air strikes on residential areas.

The conflict has killed tens of thousands of people and forced more than 12 million from their homes, creating what aid agencies call the world's largest humanitarian crisis. Talks brokered by the United States and Saudi Arabia have been stalled since late 2023.
""",
 E('AC', 'Rapid Support Forces', 'Military Forces of Sudan', 'rel:Wednesday', L('Babanusa', 'SD', 'West Kordofan'), 11, 'fought for control of the army'),
 E('ATK', 'Unidentified Armed Group (Sudan)', 'Civilians (Sudan)', 'rel:Wednesday', L('Mellit', 'SD', 'North Darfur', 2), 1, 'opened fire on a convoy of 16 trucks'),
 E('SV', 'Rapid Support Forces', 'Civilians (Sudan)', 'rel:Sunday', L('Wad al-Nura', 'SD', 'Al Jazirah'), None, 'raped at least seven women and girls'),
)

# 9 -- US local: arson at party office in Tucson; suspect arrested; background shots at office in Tempe
A('local', '2024-10-25', """
Man arrested in firebombing of Pima County Republican office

TUCSON, Ariz. - Tucson police on Thursday arrested a 29-year-old man suspected of throwing a Molotov cocktail through the front window of the Pima County Republican Party headquarters early Wednesday, setting the lobby on fire.

The fire broke out around 3:15 a.m. at the office on East Broadway Boulevard, when the building was empty, according to Tucson Fire Department. Crews put it out within 20 minutes. No one was hurt, but the lobby, campaign signs and several computers were destroyed, and the building had extensive smoke damage.

Security video shows a man in a dark hoodie lighting a bottle and hurling it at the glass door before running toward a parked car, police said in a statement. Detectives identified the suspect, Jordan M. Keller of Tucson, through the car's license plate, and officers with a SWAT team took him into custody without incident at his apartment on the city's east side Thursday afternoon.

Keller faces charges of arson of an occupied structure - the building has an apartment on the second floor, which was vacant at the time - and criminal damage, police said. The FBI is assisting and said it was investigating whether federal charges were warranted.

"Political violence has no place in our community, no matter who the target is," Tucson Mayor Regina Romero said.

Pima County GOP chair Shelley Kais said volunteers would keep working from a temporary office. "They will not intimidate us," she said at a news conference outside the charred building. Leaders of the county Democratic Party also condemned the attack.

The firebombing is the latest in a string of attacks on party offices in Arizona during the election season. On Sept. 16, someone fired several rounds through the windows of the Democratic National Committee's campaign office in Tempe overnight; no one was inside. Tempe police later said shots had been fired at the same office twice more in the following weeks.

Maricopa County election officials said this week they had added security fencing and drone patrols around the county's ballot tabulation center in Phoenix ahead of the Nov. 5 election.

Police asked anyone with information to call 88-CRIME.
""",
 E('LOOT', 'Unidentified Armed Group (United States)', 'Republican Party (United States)', 'rel:Wednesday', L('Tucson', 'US', 'Arizona'), 0, 'throwing a Molotov cocktail through the front window'),
 E('ARR', 'Police Forces of the United States', 'Unidentified Armed Group (United States)', 'rel:Thursday', L('Tucson', 'US', 'Arizona'), None, 'took him into custody'),
 E('LOOT', 'Unidentified Armed Group (United States)', 'Democratic Party (United States)', '2024-09-16', L('Tempe', 'US', 'Arizona'), 0, 'fired several rounds through the windows', bg=True),
)

# 10 -- Myanmar: Arakan Army captures town (claimed), junta air strike next day; junta denial of civilian deaths; background
A('wire', '2025-02-04', """
BANGKOK (Mekong Press Agency) - Myanmar's military bombed a market in the town of Gwa in western Rakhine state on Monday, a day after the Arakan Army said it had captured the town, killing at least 12 civilians, residents and the rebel group said.

A fighter jet dropped two bombs on the morning market shortly after 9 a.m., when it was crowded with people buying food, a resident who helped carry the wounded told Mekong Press Agency by satellite phone. "We found 12 bodies, and more than 20 people were injured. There is no hospital left that can treat them," he said.

The Arakan Army (AA), one of the strongest ethnic armed groups in Myanmar, said on Sunday that its fighters had taken full control of Gwa after the last troops of the military's tactical command there withdrew towards the Ayeyarwady region. The group said it had seized weapons and captured more than 40 soldiers.

The military government did not confirm the loss of Gwa. Its spokesman, Major General Zaw Min Tun, said on state television that the air force had struck "terrorist positions" in the area and denied that civilians had been targeted.

Gwa, a coastal town of about 20,000 people, sits on a road linking Rakhine state with the Ayeyarwady delta and is the southernmost town in Rakhine. Its capture would leave the military with only the state capital, Sittwe, the port of Kyaukphyu and the island town of Manaung in the state.

The AA resumed fighting in November 2023 as part of an offensive by an alliance of ethnic armed groups in the north and the west, and has since taken most of Rakhine. In December 2024, it overran the headquarters of the military's Western Command in the town of Ann.

Rights groups have accused the military of carrying out air strikes on civilian targets with increasing frequency as it loses ground on the battlefield. They have also accused the AA of abuses against Rohingya Muslims in northern Rakhine, which the group denies.

The United Nations says more than 3.5 million people have been displaced inside Myanmar since the military seized power in February 2021.
""",
 E('AIR', 'Military Forces of Myanmar', 'Civilians (Myanmar)', 'rel:Monday', L('Gwa', 'MM', 'Rakhine'), 12, 'bombed a market in the town of Gwa'),
 E('NSO', 'Arakan Army', 'Military Forces of Myanmar', 'rel:Sunday', L('Gwa', 'MM', 'Rakhine'), None, 'had taken full control of Gwa', mod='claimed'),
 E('NSO', 'Arakan Army', 'Military Forces of Myanmar', '2024-12', L('Ann', 'MM', 'Rakhine'), None, 'it overran the headquarters', bg=True),
)
# 11 -- Iran: Jaish al-Adl attack on police HQ in Rask (clash), later IRGC operation; pensioners' protests
A('wire', '2024-10-03', """
FIVE POLICE KILLED IN MILITANT ATTACK ON POLICE HEADQUARTERS IN SOUTHEAST IRAN

TEHRAN (Gulf Desk) - Militants attacked a police headquarters in the town of Rask in Iran's southeastern Sistan-Baluchestan province before dawn on Wednesday, killing five police officers in a gun battle that lasted more than three hours, state media reported.

The attackers, armed with rifles and rocket-propelled grenades, tried to storm the compound from two sides shortly after 2 a.m., the official IRNA news agency said, citing the province's deputy governor for security affairs. Four of the attackers were killed, IRNA said, and two police officers were wounded.

The Sunni militant group Jaish al-Adl (Army of Justice) claimed responsibility in a message on its Telegram channel, saying its fighters had killed "more than ten" members of the security forces. Iranian officials described the attackers as "terrorists linked to foreign intelligence services".

On Thursday, the Islamic Revolutionary Guard Corps' ground forces said they had killed three members of "the same terrorist team" in a clash in the mountains near Sarbaz, about 40 km (25 miles) north of Rask, and seized weapons and a car. The IRGC statement carried by the Tasnim news agency did not say when the clash took place.

Sistan-Baluchestan, which borders Pakistan and Afghanistan, is one of Iran's poorest provinces and home to a Sunni Baluch minority that complains of discrimination by the Shi'ite-led state. Jaish al-Adl has carried out repeated attacks on security forces there. In December last year, the group attacked the same police headquarters in Rask, killing 11 police officers.

Iran has accused Pakistan of failing to act against militants on its side of the border. In January 2024, Iran fired missiles at what it said were Jaish al-Adl bases in Pakistan's Balochistan province, and Pakistan responded with strikes inside Iran two days later.

Separately, hundreds of retirees of the steel and telecommunications industries rallied on Thursday outside provincial government offices in Ahvaz and Shush, demanding pensions that keep pace with inflation of more than 30 percent, according to videos shared by labour activists. There were no reports of arrests.
""",
 E('AC', 'Jaish al-Adl', 'Police Forces of Iran', 'rel:Wednesday', L('Rask', 'IR', 'Sistan and Baluchestan'), 9, 'Militants attacked a police headquarters', occ=1),
 E('AC', 'Islamic Revolutionary Guard Corps', 'Jaish al-Adl', None, L('Sarbaz', 'IR', 'Sistan and Baluchestan', 2), 3, 'they had killed three members'),
 E('PP', 'Protesters (Iran)', None, 'rel:Thursday', L('Ahvaz', 'IR', 'Khuzestan'), None, 'rallied on Thursday outside provincial government offices'),
 E('PP', 'Protesters (Iran)', None, 'rel:Thursday', L('Shush', 'IR', 'Khuzestan'), None, 'Shush, demanding pensions'),
 E('AC', 'Jaish al-Adl', 'Police Forces of Iran', '2023-12', L('Rask', 'IR', 'Sistan and Baluchestan'), 11, 'the group attacked the same police headquarters in Rask', bg=True),
 E('SH', 'Military Forces of Iran', 'Jaish al-Adl', '2024-01', L('Balochistan', 'PK', 'Balochistan', 3), None, 'Iran fired missiles at what it said were Jaish al-Adl bases', bg=True),
 E('AIR', 'Military Forces of Pakistan', None, '2024-01', L('Sistan and Baluchestan', 'IR', 'Sistan and Baluchestan', 3), None, 'Pakistan responded with strikes inside Iran', bg=True),
)
# 12 -- Peru: Lima march with tear gas; Juliaca road-block clash with one dead; background Juliaca 2023
A('web', '2025-01-10', """
One dead in Juliaca as protesters mark anniversary of 2023 killings; police tear-gas march in Lima

By Rosa Quispe

LIMA - A protester was killed in the southern Peruvian city of Juliaca on Thursday when police fired to clear a blockade near the airport, on the second anniversary of the deadliest day of the protests that followed the ouster of former president Pedro Castillo, the ombudsman's office said.

The ombudsman said the man, a 27-year-old farmer from the district of Cabana, died of a bullet wound to the chest at the Carlos Monge Medrano hospital. At least nine other people were injured, three of them by gunshots, it said. The national police said officers had come under attack with stones and slingshots as they tried to reopen the road to the Inca Manco Cápac airport, and that 14 officers had been hurt. The interior ministry said it would investigate whether any officer had used a firearm.

Thousands of people had gathered in Juliaca since the morning to remember the 18 people who died in clashes with security forces near the airport on January 9, 2023. Relatives of the dead carried their photographs and demanded that President Dina Boluarte, who took office after Castillo's removal, face trial.

In Lima, police fired tear gas at several hundred demonstrators who tried to march from the Plaza San Martín towards Congress in the evening. At least five people were detained, a lawyer with the National Coordinator for Human Rights said. The group, most of them students and migrants from the southern regions, had gathered peacefully in the square for several hours.

Prosecutors have been investigating Boluarte and several former ministers since 2023 over the deaths of 49 civilians during the protest wave of December 2022 to March 2023. Boluarte has denied responsibility and has said the security forces acted within the law. An Inter-American Commission on Human Rights report found that some of the deaths could amount to extrajudicial executions.

In Puno, the regional capital, a crowd of several thousand people marched peacefully to the cathedral on Thursday to hold a mass for the victims.

Protest leaders said they would continue blocking roads in the Puno region on Friday. Transport companies suspended bus services between Juliaca and Cusco.
""",
 E('EXF', 'Police Forces of Peru', 'Protesters (Peru)', 'rel:Thursday', L('Juliaca', 'PE', 'Puno'), 1, 'police fired to clear a blockade'),
 E('EXF', 'Police Forces of Peru', 'Protesters (Peru)', '2023-01-09', L('Juliaca', 'PE', 'Puno'), 18, 'the 18 people who died in clashes with security forces', bg=True),
 E('PWI', 'Protesters (Peru)', 'Police Forces of Peru', 'rel:Thursday', L('Lima', 'PE', 'Lima'), None, 'police fired tear gas at several hundred demonstrators'),
 E('PP', 'Protesters (Peru)', None, 'rel:Thursday', L('Puno', 'PE', 'Puno'), None, 'marched peacefully to the cathedral'),
)

# 13 -- New Caledonia (France) follow-up: toll rises; gendarme shot dead; looting; arrests of independence activists
A('wire', '2024-05-17', """
NOUMEA, New Caledonia (Pacific Press) - The death toll from four days of unrest in the French Pacific territory of New Caledonia rose to five on Friday after a second gendarme was shot dead, French officials said, as rioters again torched businesses on the outskirts of the capital Nouméa.

The 22-year-old gendarme was hit by a bullet fired from a crowd manning a roadblock in the town of Plum, south of Nouméa, on Thursday evening, and died of his wounds on Friday morning, the High Commission said. A first gendarme died on Wednesday, a day after being shot in the head in the Conception district of Mont-Dore.

Three young Kanak men have also been killed: two were shot dead at a roadblock in Nouméa's Ducos district on Tuesday night, and a third in the Vallée-du-Tir district on Wednesday night, by residents who had set up armed self-defence groups to protect their neighbourhoods, prosecutors have said. One resident has been arrested.

On Thursday night, rioters set fire to a supermarket, a car dealership and a pharmacy in the Ducos industrial zone and looted a hardware store, the High Commission said. Smoke rose over Nouméa for much of Friday, and long queues formed at the few shops still open.

French Interior Minister Gérald Darmanin said 1,000 extra police and gendarmes were arriving from mainland France. Authorities said 206 people had been arrested since Monday. On Thursday, police placed ten activists of the pro-independence Field Action Coordination Cell (CCAT) under house arrest, accusing the group of organising the violence, a charge it rejects.

The unrest began on Monday as lawmakers in Paris debated a constitutional change that would allow French residents who have lived in the territory for 10 years to vote in provincial elections. Indigenous Kanak leaders say the change will dilute their votes and undermine efforts towards independence.

New Caledonia voted against independence in three referendums between 2018 and 2021, the last of which was boycotted by pro-independence parties. The territory last saw comparable violence in the 1980s, when clashes between Kanak separatists and loyalists culminated in the 1988 hostage-taking on the island of Ouvéa.

President Emmanuel Macron declared a state of emergency on Wednesday and banned TikTok in the territory.
""",
 E('VD', 'Rioters (New Caledonia)', 'Gendarmerie Nationale (France)', 'rel:Thursday', L('Plum', 'NC', 'South Province'), 1, 'a second gendarme was shot dead'),
 E('VD', 'Rioters (New Caledonia)', 'Gendarmerie Nationale (France)', 'rel:Tuesday', L('Mont-Dore', 'NC', 'South Province'), 1, 'being shot in the head in the Conception district'),
 E('ATK', 'Unidentified Armed Group (New Caledonia)', 'Civilians (New Caledonia)', 'rel:Tuesday', L('Nouméa', 'NC', 'South Province'), 2, 'two were shot dead at a roadblock'),
 E('ATK', 'Unidentified Armed Group (New Caledonia)', 'Civilians (New Caledonia)', 'rel:Wednesday', L('Nouméa', 'NC', 'South Province'), 1, 'a third in the Vallée-du-Tir district on Wednesday night'),
 E('VD', 'Rioters (New Caledonia)', None, 'rel:Thursday', L('Nouméa', 'NC', 'South Province'), None, 'rioters set fire to a supermarket'),
 E('ARR', 'Police Forces of France', 'Field Action Coordination Cell', 'rel:Thursday', L('Nouméa', 'NC', 'South Province'), None, 'placed ten activists'),
)
# 14 -- Serbia: arrests of activists accused of plotting a coup; peaceful blockade; protest with intervention in Belgrade
A('web', '2025-03-15', """
Serbian police arrest six opposition activists over alleged 'coup plot' as students block bridges

By Marko Ilić

BELGRADE - Serbian police arrested four activists of an opposition movement in Novi Sad and two in Belgrade on Friday, accusing them of plotting to "violently overthrow the constitutional order", as students kept up their months-long campaign of road blockades against the government of President Aleksandar Vučić.

The Security Information Agency (BIA) said the six, members of the Movement of Free Citizens, had planned to storm government buildings during a rally. It released a video of what it said was a secretly recorded meeting. Their lawyers said the recording was edited and that the case was meant to frighten people before Saturday's mass protest in the capital.

On Friday afternoon, thousands of students and residents blocked the Gazela bridge in Belgrade for 15 minutes of silence, one for each of the people killed when the concrete canopy of the Novi Sad railway station collapsed on November 1. The blockade ended peacefully and traffic resumed.

Later in the evening, riot police pushed back and detained about a dozen people who tried to set up tents in front of the presidency building in Andrićev venac, witnesses said. Police said they had acted because the gathering was not registered and that no one was hurt.

Vučić said in a televised address that "foreign services" were behind the protests and that the state would "defend itself". He said there would be no "colour revolution" in Serbia.

The protests began after the canopy collapse, which many Serbians blame on corruption and shoddy work on the station, renovated as part of a Chinese-funded railway project. Prime Minister Miloš Vučević resigned in January, but demonstrations have grown, drawing farmers, teachers and lawyers.

Organisers expect more than 100,000 people at Saturday's rally in Belgrade, one of the largest gatherings in Serbia's recent history. Pro-government groups have set up a camp in a park near parliament, and opposition leaders have warned of possible provocations.
""",
 E('ARR', 'Police Forces of Serbia', 'Movement of Free Citizens', 'rel:Friday', L('Novi Sad', 'RS', 'Vojvodina'), None, 'arrested four activists'),
 E('ARR', 'Police Forces of Serbia', 'Movement of Free Citizens', 'rel:Friday', L('Belgrade', 'RS', 'Belgrade'), None, 'two in Belgrade'),
 E('PP', 'Protesters (Serbia)', None, 'rel:Friday', L('Belgrade', 'RS', 'Belgrade'), None, 'blocked the Gazela bridge'),
 E('PWI', 'Protesters (Serbia)', 'Police Forces of Serbia', 'rel:Friday', L('Belgrade', 'RS', 'Belgrade'), None, 'riot police pushed back and detained about a dozen people'),
)
# 15 -- Syria, Sweida: Druze factions vs Bedouin tribal fighters; abductions; government deployment; Israeli strikes on tanks
A('wire', '2025-07-15', """
DAMASCUS (Levant News Agency) - Clashes between Druze armed factions and Bedouin tribal fighters in and around the southern Syrian city of Sweida killed at least 37 people on Monday, a war monitor said, and Israel struck Syrian government tanks moving towards the city.

The fighting erupted on Sunday after a Druze vegetable merchant was abducted and robbed on the highway between Damascus and Sweida, and spread on Monday to the city's eastern neighbourhood of al-Maqwas, where many Bedouin families live, the Syrian Observatory for Human Rights said. The Observatory said 27 Druze fighters and civilians and ten members of the Bedouin tribes were among the dead.

Both sides abducted people in tit-for-tat kidnappings. Local media said tribal gunmen seized at least 15 Druze men at checkpoints near the village of al-Mazraa on Monday, while Druze fighters detained Bedouin residents in al-Maqwas.

Syria's interior and defence ministries said on Monday they were sending units to "separate the warring parties and restore order". By Monday evening, government forces had entered the western outskirts of Sweida province, and some of them exchanged fire with Druze gunmen near the town of al-Mazraa, the Observatory said, without giving a toll for that fighting.

Israel's military said on Monday it had struck "several tanks" on the road towards Sweida to prevent what it called a threat to the Druze minority. It did not say whether anyone was killed. The Syrian defence ministry condemned the strikes as "a blatant violation" of Syrian sovereignty.

Sweida, the heartland of Syria's Druze community, has remained largely outside the control of the new authorities in Damascus since the fall of Bashar al-Assad in December. Druze factions have refused to hand over their weapons, and tensions with Bedouin clans over land, smuggling and kidnappings go back decades.

In late April and early May, clashes between government-aligned fighters and Druze gunmen in the Damascus suburbs of Jaramana and Sahnaya killed more than 100 people, according to the Observatory. The interim government of President Ahmed al-Sharaa has promised to protect minorities, but many Druze, Alawites and Kurds remain distrustful.

The spiritual leader of the Druze, Sheikh Hikmat al-Hijri, called on Monday for "international protection" for the community.
""",
 E('AC', 'Druze Militia (Syria)', 'Bedouin Tribal Militia (Syria)', 'rel:Monday', L('Sweida', 'SY', 'As-Suwayda'), 37, 'Clashes between Druze armed factions and Bedouin tribal fighters'),
 E('ABD', 'Unidentified Armed Group (Syria)', 'Civilians (Syria)', 'rel:Sunday', L('Sweida', 'SY', 'As-Suwayda', 2), None, 'was abducted and robbed on the highway'),
 E('ABD', 'Bedouin Tribal Militia (Syria)', 'Civilians (Syria)', 'rel:Monday', L('al-Mazraa', 'SY', 'As-Suwayda'), None, 'tribal gunmen seized at least 15 Druze men'),
 E('ABD', 'Druze Militia (Syria)', 'Civilians (Syria)', 'rel:Monday', L('Sweida', 'SY', 'As-Suwayda'), None, 'Druze fighters detained Bedouin residents in al-Maqwas'),
 E('AC', 'Military Forces of Syria', 'Druze Militia (Syria)', 'rel:Monday', L('al-Mazraa', 'SY', 'As-Suwayda'), None, 'exchanged fire with Druze gunmen'),
 E('AIR', 'Military Forces of Israel', 'Military Forces of Syria', 'rel:Monday', L('Sweida', 'SY', 'As-Suwayda', 2), None, 'it had struck "several tanks"'),
)

# 16 -- Ethiopia: two aid workers shot dead in Amhara; drone strike in Gojjam; abduction of an official; background
A('web', '2025-04-10', """
Two aid workers shot dead in Ethiopia's Amhara region as drone strike kills civilians in Gojjam

By Selam Tadesse

ADDIS ABABA - Gunmen shot dead two Ethiopian staff of an international aid group on a road in the Amhara region on Tuesday, the organisation said, the latest in a series of attacks on humanitarian workers in a region where the army is fighting the Fano militia.

The two men, a driver and a nutrition officer working for Action Against Hunger, were travelling in a clearly marked vehicle between the towns of Debre Tabor and Nefas Mewcha in South Gondar zone when unidentified armed men stopped the car and opened fire, the group said in a statement on Wednesday. A third colleague escaped with injuries.

"We are devastated. Our colleagues were delivering treatment for malnourished children," the statement said. The group suspended its activities in the zone.

Neither the government nor Fano commented. Residents said both sides have set up checkpoints on the road in recent months.

In the neighbouring East Gojjam zone, a drone strike hit a minibus near the town of Bichena on Monday afternoon, killing seven passengers, a health worker and a relative of one of the victims told this newspaper. Residents blamed the Ethiopian National Defence Force, which has used drones against Fano since the conflict began in August 2023. The military did not respond to a request for comment.

Also on Monday, suspected Fano fighters abducted the administrator of Mota town and his driver from their office, local officials said. Fano has kidnapped dozens of local officials it accuses of collaborating with the federal government, and has demanded ransom for some.

The United Nations' humanitarian office says eight aid workers have been killed in Ethiopia since the beginning of last year. In June 2021, three staff members of Médecins Sans Frontières were killed in Tigray, a case that remains unsolved.

The Amhara conflict erupted after the federal government moved to dissolve regional special forces following the end of the war in neighbouring Tigray. Fano, a loose network of militias, accuses the government of Prime Minister Abiy Ahmed of failing to protect ethnic Amharas.
""",
 E('ATK', 'Unidentified Armed Group (Ethiopia)', 'Civilians (Ethiopia)', 'rel:Tuesday', L('Debre Tabor', 'ET', 'Amhara', 2), 2, 'Gunmen shot dead two Ethiopian staff'),
 E('AIR', 'Military Forces of Ethiopia', 'Civilians (Ethiopia)', 'rel:Monday', L('Bichena', 'ET', 'Amhara', 2), 7, 'a drone strike hit a minibus'),
 E('ABD', 'Fano Militia', 'Civilians (Ethiopia)', 'rel:Monday', L('Mota', 'ET', 'Amhara'), None, 'abducted the administrator of Mota town'),
 E('ATK', 'Unidentified Armed Group (Ethiopia)', 'Civilians (Ethiopia)', '2021-06', L('Tigray', 'ET', 'Tigray', 3), 3, 'three staff members of Médecins Sans Frontières were killed', bg=True),
)

# 17 -- Cameroon Anglophone regions: military statement; separatists enforce lockdown (burn school), abduct councillor; army kills fighters
A('wire', '2024-10-01', """
YAOUNDE (Central Africa Press) - Cameroon's army said on Monday it had killed six separatist fighters in a raid on their camp in the North-West region, as separatists enforced a lockdown marking their symbolic "independence day" by burning a school and abducting a local councillor.

In a statement signed by its spokesman, Colonel Cyrille Atonfack Guemo, the army said troops of the Rapid Intervention Battalion (BIR) had "neutralised six terrorists" in a dawn raid on Sunday on a camp of the Ambazonia Defence Forces (ADF) in the forest near Batibo. It said the soldiers recovered six rifles, locally made explosives and drugs, and destroyed the camp. No soldier was hurt, the statement said.

Separatist fighters on Saturday set fire to the Government Bilingual High School in Bali Nyonga, which had reopened this month after four years, residents said. Nobody was inside the buildings.

In Kumbo, in Bui division, gunmen abducted a municipal councillor of the ruling Cameroon People's Democratic Movement from his home late on Sunday, a council official said. The separatists posted a video of the man on social media, accusing him of "collaborating" with Yaoundé and demanding a ransom.

English-speaking separatists declared the independence of a state they call Ambazonia on October 1, 2017, and have since fought the army in the North-West and South-West regions. The conflict has killed more than 6,000 people, according to the International Crisis Group, and forced over 600,000 from their homes.

Separatists usually impose lockdowns around October 1, ordering shops, schools and transport to close. Streets in Bamenda, the North-West regional capital, were deserted on Monday, residents said, though the authorities had urged businesses to open.

Rights groups have accused both sides of abuses against civilians, including killings, torture and the burning of villages. In October 2020, gunmen stormed a school in Kumba in the South-West region and killed seven children, an attack the government blamed on separatists.

Talks on a settlement, facilitated by Canada, collapsed in 2023.
""",
 E('AC', 'Military Forces of Cameroon', 'Ambazonia Defence Forces', 'rel:Sunday', L('Batibo', 'CM', 'North-West', 2), 6, 'in a dawn raid on Sunday on a camp'),
 E('LOOT', 'Ambazonian Separatists', None, 'rel:Saturday', L('Bali', 'CM', 'North-West'), None, 'set fire to the Government Bilingual High School'),
 E('ABD', 'Ambazonian Separatists', 'Cameroon People\'s Democratic Movement', 'rel:Sunday', L('Kumbo', 'CM', 'North-West'), None, 'gunmen abducted a municipal councillor'),
 E('ATK', 'Unidentified Armed Group (Cameroon)', 'Civilians (Cameroon)', '2020-10', L('Kumba', 'CM', 'South-West'), 7, 'gunmen stormed a school in Kumba', bg=True),
)
# 18 -- analysis piece, Haiti: no news-of-the-day event; several dated background incidents; statistics not coded
A('web', '2025-05-02', """
ANALYSIS: How Haiti's gangs outgunned a state and an international mission

By Jean-Marc Delatour

PORT-AU-PRINCE - A year after the first Kenyan police officers landed in Port-au-Prince to lead a UN-backed security mission, the gangs they were sent to defeat control more territory than ever, and the violence has spread to towns that were calm until recently.

The numbers are stark. The United Nations counted more than 5,600 people killed in gang violence in Haiti last year, about 1,000 more than in 2023, and over a million people have been forced from their homes. Aid groups estimate that about 85 percent of the capital is now in the hands of armed groups.

Analysts point to three turning points. The first came in late February 2024, when rival gang leaders announced an alliance, Viv Ansanm ("Living Together"), and launched coordinated attacks on police stations and prisons. On March 2, 2024, gunmen stormed the National Penitentiary in downtown Port-au-Prince and freed more than 3,000 inmates, a blow from which the justice system has not recovered.

The second was the massacre in the Wharf Jérémie area of Cité Soleil in early December 2024, when members of the Wharf Jérémie gang killed more than 180 people, most of them elderly, accusing them of witchcraft. The killings showed that gangs could act with total impunity even in areas near the port.

The third is the push out of the capital. On March 31 this year, gangs overran the town of Mirebalais in the Centre department, freeing about 500 prisoners from its jail and forcing thousands of residents to flee. "They are no longer just fighting over neighbourhoods. They are building a territory," said a Haitian security analyst who asked not to be named for his safety.

The Multinational Security Support mission has fewer than 1,000 of the 2,500 personnel that were promised, and its armoured vehicles are often out of service. Haitian police say they lack ammunition and fuel. The government has turned to a private contractor operating armed drones, a move rights groups warn could cause civilian deaths.

Diplomats in New York are discussing whether to turn the mission into a UN peacekeeping force, but China and Russia have been reluctant. Meanwhile, Haitians in the capital say daily life has shrunk to a few streets. "We don't ask who controls a road any more," said a teacher in Pétion-Ville. "We ask if we can come back from it."

Elections that were supposed to be held by February 2026 look increasingly unlikely. The transitional presidential council, itself divided, has promised a new security plan within weeks.
""",
 E('CHG', 'Viv Ansanm', None, '2024-02', L('Port-au-Prince', 'HT', 'Ouest'), None, 'announced an alliance, Viv Ansanm', bg=True),
 E('ATK', 'Viv Ansanm', None, '2024-03-02', L('Port-au-Prince', 'HT', 'Ouest'), None, 'gunmen stormed the National Penitentiary', bg=True),
 E('ATK', 'Wharf Jeremie Gang', 'Civilians (Haiti)', '2024-12', L('Cité Soleil', 'HT', 'Ouest'), 180, 'members of the Wharf Jérémie gang killed more than 180 people', bg=True),
 E('NSO', 'Viv Ansanm', 'Police Forces of Haiti', '2025-03-31', L('Mirebalais', 'HT', 'Centre'), None, 'gangs overran the town of Mirebalais', bg=True),
)

# 19 -- court story, no news event: Argentina AMIA trial in absentia opens; background 1994 and 1992 bombings
A('wire', '2025-09-03', """
BUENOS AIRES (Andes Wire) - An Argentine federal court on Wednesday began trying in absentia ten Iranian and Lebanese suspects over the 1994 bombing of the AMIA Jewish community centre, the deadliest attack in the country's history, three decades after the massacre.

The trial, the first held in absentia in Argentina under a law passed last year, opened in a courtroom in the Comodoro Py federal building with a reading of the indictment. None of the accused, who include former Iranian officials and a former Hezbollah commander, are in Argentine custody, and Iran has refused to extradite them.

On July 18, 1994, a suicide bomber drove a van loaded with explosives into the AMIA building on Pasteur Street in Buenos Aires, killing 85 people and wounding more than 300. Argentine prosecutors and, last year, the country's top criminal appeals court, concluded that the attack was planned by the Iranian government and carried out by Hezbollah. Iran and Hezbollah deny involvement.

The same appeals court also attributed to Hezbollah the bombing of the Israeli embassy in Buenos Aires on March 17, 1992, which killed 29 people.

Relatives of the victims, some of whom have waited three decades for a trial, were divided over the proceedings. "It is something, but it is not justice if nobody is ever in the dock," said a woman whose brother died in the AMIA blast. Other families' associations have criticised the trial in absentia as a symbolic exercise and have pressed instead for an investigation into the cover-up that followed the attack.

A former judge, former intelligence chiefs and a former president were tried over the cover-up between 2015 and 2019; several were convicted. Prosecutor Alberto Nisman, who accused then-president Cristina Fernández de Kirchner of trying to shield Iranian suspects, was found shot dead in his apartment in January 2015, a day before he was due to present his findings to Congress.

Judges expect to hear about 200 witnesses, including survivors and former investigators. President Javier Milei's government, a close ally of Israel, has declared Hezbollah a terrorist organisation and said it would seek international arrest warrants for the suspects through Interpol.

Hearings are scheduled twice a week and the trial is expected to last at least a year.
""",
 E('SB', 'Hezbollah', 'Civilians (Argentina)', '1994-07-18', L('Buenos Aires', 'AR', 'Buenos Aires'), 85, 'a suicide bomber drove a van loaded with explosives into the AMIA building', bg=True),
 E('SB', 'Hezbollah', 'Civilians (Argentina)', '1992-03-17', L('Buenos Aires', 'AR', 'Buenos Aires'), 29, 'the bombing of the Israeli embassy in Buenos Aires', bg=True),
)

# 20 -- Ukraine roundup: drone strike on refinery in Russia; glide bombs on Zaporizhzhia; shelling of Nikopol; claimed capture
A('wire', '2025-03-27', """
KYIV (Eastern Europe Wire) - Ukrainian drones set fire to an oil refinery in Russia's Krasnodar region overnight, while Russian glide bombs killed three people in the city of Zaporizhzhia and artillery shelling hit the southern city of Nikopol on Wednesday, officials on both sides said.

The governor of Krasnodar said fragments of drones brought down by air defences fell on the territory of the Tuapse refinery, starting a fire in a processing unit that firefighters put out after several hours. Nobody was hurt, he said. A source in Ukraine's SBU security service told Eastern Europe Wire the agency had launched the drones and that they hit a distillation column.

In Zaporizhzhia, two guided aerial bombs hit a residential district on Wednesday afternoon, killing three people and wounding 18, regional governor Ivan Fedorov said. Photographs released by the emergency service showed rescuers pulling a woman from the rubble of a two-storey house.

Russian forces shelled Nikopol, across the Dnipro river from the Russian-occupied Zaporizhzhia nuclear plant, several times on Wednesday, damaging a school and power lines and wounding a 54-year-old man, the Dnipropetrovsk regional administration said.

Russia's defence ministry said on Wednesday its troops had "liberated" the village of Mykolaivka in the Donetsk region. Ukraine's General Staff did not confirm the loss of the village, and said its troops had repelled 31 Russian attacks in the Pokrovsk sector over the past day.

The attacks came a day after the United States said Kyiv and Moscow had agreed in principle to halt strikes on energy infrastructure and on shipping in the Black Sea. Both sides accused each other of violating the energy moratorium within hours. Russia has said it wants Western sanctions on its agricultural bank lifted before the Black Sea deal comes into force.

Russia launched its full-scale invasion of Ukraine in February 2022. Tens of thousands of civilians have been killed, according to the United Nations. In April 2023, a Russian missile strike on an apartment building in the central city of Uman killed 23 people.
""",
 E('AIR', 'Military Forces of Ukraine', None, 'rel:Thursday', L('Tuapse', 'RU', 'Krasnodar Krai'), 0, 'Ukrainian drones set fire to an oil refinery'),
 E('AIR', 'Military Forces of Russia', 'Civilians (Ukraine)', 'rel:Wednesday', L('Zaporizhzhia', 'UA', 'Zaporizhzhia'), 3, 'two guided aerial bombs hit a residential district'),
 E('SH', 'Military Forces of Russia', 'Civilians (Ukraine)', 'rel:Wednesday', L('Nikopol', 'UA', 'Dnipropetrovsk'), None, 'Russian forces shelled Nikopol'),
 E('AC', 'Military Forces of Russia', 'Military Forces of Ukraine', 'rel:Wednesday', L('Mykolaivka', 'UA', 'Donetsk'), None, 'its troops had "liberated" the village', mod='claimed'),
 E('AGR', 'Government of Ukraine', 'Government of Russia', 'rel:Tuesday', None, None, 'had agreed in principle to halt strikes', bg=True, plover='AGREE'),
 E('SH', 'Military Forces of Russia', 'Civilians (Ukraine)', '2023-04', L('Uman', 'UA', 'Cherkasy'), 23, 'a Russian missile strike on an apartment building', bg=True),
)
# 21 -- West Bank: Tulkarm raid (clash), drone strike, bulldozing of streets (property destruction), arrests in Nablus
A('wire', '2025-01-30', """
RAMALLAH, West Bank (Levant News Agency) - An Israeli drone strike killed three Palestinian gunmen in the Nur Shams refugee camp near Tulkarm on Wednesday, as troops fought militants and bulldozed streets in the second day of a large raid in the northern West Bank, Palestinian officials and the Israeli military said.

The Israeli military said an aircraft struck "a terrorist cell that threw explosives at forces" in the camp in the afternoon, and named two of the dead as members of the Tulkarm Brigade, a local armed group with links to Islamic Jihad and Hamas. The Palestinian health ministry confirmed three deaths.

Earlier on Wednesday, soldiers exchanged fire with gunmen in the alleys of the camp, and one Israeli soldier was seriously wounded by a roadside bomb, the military said. Palestinian witnesses said army bulldozers tore up the main roads of Nur Shams and of the Tulkarm camp next to it, destroying water pipes and the facades of shops. The military said it was removing explosives buried under the asphalt.

In Nablus, Israeli forces arrested 14 Palestinians in overnight raids on Wednesday, among them two former prisoners and a student leader at An-Najah University, the Palestinian Prisoners' Society said. The military said the arrests targeted "wanted suspects".

The operation in the northern West Bank began on Tuesday in Jenin and spread to Tulkarm, a week after a ceasefire took effect in Gaza. Israeli Defence Minister Israel Katz said the army would stay in the camps "for as long as needed" to prevent them from becoming "terror hubs".

The Palestinian Authority called the raid "a war on the camps" and said thousands of residents had fled. The United Nations said it was alarmed by the use of air strikes in densely populated areas.

Violence in the West Bank surged after the Hamas-led attack on southern Israel on October 7, 2023. In August 2024, an Israeli air strike on a car in Tulkarm killed five people, including a local commander of Islamic Jihad's armed wing.

More than 800 Palestinians, including militants and civilians, have been killed in the West Bank since then, according to Palestinian figures, and at least 30 Israelis have been killed in Palestinian attacks there and in Israel, according to Israeli figures.
""",
 E('AIR', 'Military Forces of Israel', 'Tulkarm Brigade', 'rel:Wednesday', L('Tulkarm', 'PS', 'Tulkarm', 2), 3, 'An Israeli drone strike killed three Palestinian gunmen'),
 E('AC', 'Military Forces of Israel', 'Tulkarm Brigade', 'rel:Wednesday', L('Tulkarm', 'PS', 'Tulkarm', 2), None, 'soldiers exchanged fire with gunmen'),
 E('IED', 'Tulkarm Brigade', 'Military Forces of Israel', 'rel:Wednesday', L('Tulkarm', 'PS', 'Tulkarm', 2), None, 'seriously wounded by a roadside bomb'),
 E('LOOT', 'Military Forces of Israel', 'Civilians (Palestine)', 'rel:Wednesday', L('Tulkarm', 'PS', 'Tulkarm'), None, 'army bulldozers tore up the main roads'),
 E('ARR', 'Military Forces of Israel', 'Civilians (Palestine)', 'rel:Wednesday', L('Nablus', 'PS', 'Nablus'), None, 'Israeli forces arrested 14 Palestinians'),
 E('AIR', 'Military Forces of Israel', 'Palestinian Islamic Jihad', '2024-08', L('Tulkarm', 'PS', 'Tulkarm'), 5, 'an Israeli air strike on a car in Tulkarm killed five people', bg=True),
)

# 22 -- Lebanon follow-up: toll from Sunday's strike in Baalbek rises; Hezbollah rockets on Kiryat Shmona; Israeli denial
A('web', '2024-10-29', """
Toll from Israeli strike on Baalbek house rises to 16; Hezbollah fires rockets at Kiryat Shmona

By Rania Haddad | Beirut

BEIRUT - The death toll from an Israeli air strike on a house in the eastern Lebanese city of Baalbek on Sunday rose to 16 on Tuesday after rescuers pulled four more bodies from the rubble, the governor of the Baalbek-Hermel region said.

The strike flattened a three-storey building in the Sheikh Habib neighbourhood shortly after 10 p.m. on Sunday, where two families who had fled fighting in the south were staying. The first count on Monday had been 12 dead, including five children. "We are still looking for two people who are missing," Governor Bachir Khodr said on Tuesday.

The Israeli military said it had struck "Hezbollah terrorist infrastructure" in the Baalbek area, but did not comment on the specific building. Residents said no Hezbollah members lived there.

Hezbollah said on Tuesday it had fired a salvo of rockets at the northern Israeli town of Kiryat Shmona "in response to the massacres against civilians". Israel's military said about 15 projectiles crossed from Lebanon, some of which were intercepted; one hit an empty kindergarten, causing damage. Magen David Adom said nobody was hurt.

Meanwhile, Israeli warplanes struck several villages around Nabatieh in southern Lebanon on Tuesday afternoon, killing a paramedic of the Islamic Health Committee, which is affiliated with Hezbollah, the health ministry said. Israel accuses Hezbollah of using ambulances to move fighters, which the group denies.

Israel stepped up its air campaign in the Bekaa Valley in late September and launched a ground invasion of southern Lebanon on October 1. On Monday, the Israeli army ordered residents of Baalbek, a city famous for its Roman temples, to evacuate, prompting thousands to flee towards the Syrian border.

Lebanon's health ministry says more than 2,700 people have been killed in the country since October 2023, most of them since September.

Hezbollah's new secretary-general, Naim Qassem, said in a televised speech on Tuesday that the group would accept a ceasefire only on terms that "preserve Lebanon's sovereignty". US and French envoys are trying to revive talks.
""",
 E('AIR', 'Military Forces of Israel', 'Civilians (Lebanon)', 'rel:Sunday', L('Baalbek', 'LB', 'Baalbek-Hermel'), 16, 'an Israeli air strike on a house in the eastern Lebanese city of Baalbek'),
 E('SH', 'Hezbollah', 'Civilians (Israel)', 'rel:Tuesday', L('Kiryat Shmona', 'IL', 'Northern District'), 0, 'it had fired a salvo of rockets'),
 E('AIR', 'Military Forces of Israel', 'Civilians (Lebanon)', 'rel:Tuesday', L('Nabatieh', 'LB', 'Nabatieh', 2), 1, 'Israeli warplanes struck several villages around Nabatieh'),
)
# 23 -- Iraq: Turkish drone strikes on PKK in Duhok; PKK disarmament ceremony (change to group); background
A('wire', '2025-07-12', """
ERBIL, Iraq (Gulf Desk) - A first group of Kurdistan Workers' Party (PKK) fighters burned their weapons at a ceremony near the Iraqi Kurdish city of Sulaymaniyah on Friday, a symbolic step towards ending the group's four-decade insurgency against Turkey, while Turkish drones struck suspected PKK positions farther north the same day.

About 30 fighters, men and women in olive-green uniforms, laid down their rifles and set them alight in a cauldron at the entrance to a cave near the town of Dukan, in front of Iraqi Kurdish officials, Turkish intelligence observers and reporters. "We voluntarily destroy our weapons, in your presence, as a step of goodwill and determination," a PKK commander, Bese Hozat, read from a statement.

Hours earlier, a Turkish drone hit a vehicle on a mountain road near the town of Amedi in Duhok province, killing two people, Kurdish security officials said. A local official said the dead were PKK members; the Turkish defence ministry did not comment on the strike. A second strike near the village of Kani Masi caused no casualties, residents said.

The PKK announced in May that it was dissolving and ending its armed struggle, following a call by its jailed founder Abdullah Öcalan. Turkey has said it will monitor the disarmament closely and that its operations will continue against "those who do not lay down their weapons".

Turkey has kept dozens of military bases in northern Iraq for years and regularly carries out air and drone strikes against the PKK in the mountains of Duhok and Sulaymaniyah. In June 2023, a Turkish drone strike on a car at Arbat, near Sulaymaniyah, killed three members of a Kurdish counter-terrorism unit, prompting an angry reaction from Baghdad.

More than 40,000 people have been killed in the conflict between Turkey and the PKK since it began in 1984. Turkish President Recep Tayyip Erdoğan called Friday's ceremony "the beginning of a new era" and said a parliamentary commission would draft the legal framework for the process.

The PKK's remaining fighters are expected to hand in their weapons in stages over the coming months. Iraqi Kurdish leaders, who have long complained that the conflict brought Turkish strikes on their villages, welcomed the ceremony.
""",
 E('CHG', 'Kurdistan Workers Party', None, 'rel:Friday', L('Dukan', 'IQ', 'Sulaymaniyah', 2), None, 'burned their weapons at a ceremony', plover='CONCEDE'),
 E('AIR', 'Military Forces of Turkey', 'Kurdistan Workers Party', 'rel:Friday', L('Amedi', 'IQ', 'Duhok', 2), 2, 'a Turkish drone hit a vehicle'),
 E('AIR', 'Military Forces of Turkey', 'Kurdistan Workers Party', 'rel:Friday', L('Kani Masi', 'IQ', 'Duhok'), 0, 'A second strike near the village of Kani Masi'),
 E('CHG', 'Kurdistan Workers Party', None, '2025-05', None, None, 'announced in May that it was dissolving', bg=True, plover='CONCEDE'),
 E('AIR', 'Military Forces of Turkey', 'Police Forces of Iraq', '2023-06', L('Arbat', 'IQ', 'Sulaymaniyah'), 3, 'a Turkish drone strike on a car at Arbat', bg=True),
)

# 24 -- Iraq, Basra: tribal clash between two named clans; police arrests; peaceful water protest in Nasiriyah
A('web', '2025-08-06', """
Four killed as tribal feud erupts into gunfight north of Basra; 23 arrested

By Haider al-Maliki | Basra

BASRA - Four men were killed and nine wounded on Tuesday when gunmen from two rival tribes fought with rifles and rocket-propelled grenades in the al-Dair district north of Basra, police said, in the latest flare-up of tribal violence in Iraq's oil-rich south.

The clash between members of the Bani Malik and al-Garamsha tribes began in the early afternoon over a dispute about irrigation water and farmland, a police officer in al-Dair said, asking not to be named because he was not authorised to speak to the media. Fighting lasted more than two hours and forced families to shelter inside their homes. Video shared online showed men firing from behind pickup trucks on a dirt road between date groves.

The Basra Operations Command said army units and a rapid reaction force were sent to separate the two sides and imposed a curfew on the area. By Wednesday morning, security forces had arrested 23 people and seized weapons, including two machine guns, it said in a statement.

Tribal disputes over land, water and blood money often turn deadly in Basra and Maysan provinces, where many families own heavy weapons. A worsening water shortage this summer, caused by low flows in the Tigris and Euphrates and by rising salinity in the Shatt al-Arab, has added to tensions, local officials say.

In Nasiriyah, the capital of neighbouring Dhi Qar province, several hundred farmers rallied peacefully outside the provincial council building on Wednesday, demanding compensation for crops lost to drought and a bigger share of the Euphrates water. The protesters dispersed after the governor met their representatives.

Iraqi authorities have repeatedly launched campaigns to collect weapons from tribes, with limited success. In January 2024, a tribal clash in al-Mdaina, also north of Basra, killed six people.

Basra's governor, Asaad al-Eidani, said "the state will not allow anyone to settle scores with weapons" and called on tribal sheikhs to hand over those involved.
""",
 E('AC', 'Bani Malik Tribal Militia (Iraq)', 'Al-Garamsha Tribal Militia (Iraq)', 'rel:Tuesday', L('Al-Dair', 'IQ', 'Basra', 2), 4, 'gunmen from two rival tribes fought'),
 E('ARR', 'Military Forces of Iraq', 'Tribal Militia (Iraq)', 'rel:Wednesday', L('Al-Dair', 'IQ', 'Basra', 2), None, 'security forces had arrested 23 people'),
 E('PP', 'Protesters (Iraq)', None, 'rel:Wednesday', L('Nasiriyah', 'IQ', 'Dhi Qar'), None, 'several hundred farmers rallied peacefully'),
 E('AC', 'Tribal Militia (Iraq)', 'Tribal Militia (Iraq)', '2024-01', L('Al-Mdaina', 'IQ', 'Basra'), 6, 'a tribal clash in al-Mdaina', bg=True),
)

# 25 -- Israel police statement: stabbing in Jerusalem; attacker arrested; background Ramot shooting
A('web', '2025-10-21', """
ISRAEL POLICE - SPOKESPERSON'S UNIT
Statement, 21 October 2025, 14:05

Stabbing attack at the light rail station on Jaffa Road, Jerusalem

At approximately 07:40 this morning, a terrorist armed with a knife attacked passengers waiting at the light rail station near the Central Bus Station on Jaffa Road in Jerusalem. A man aged about 60 was stabbed in the upper body and pronounced dead at the scene by Magen David Adom paramedics. Two other people, a woman aged 34 and a man aged 19, were lightly to moderately wounded and evacuated to Shaare Zedek Medical Center.

Border Police officers on patrol in the area responded within seconds, overpowered the terrorist and arrested him. The terrorist was not injured. Initial investigation indicates that he is a 22-year-old resident of the village of Beit Surik, north-west of Jerusalem, who entered Israel illegally. His interrogation by the Israel Security Agency (Shin Bet) and the police is continuing.

Following the attack, police raised the alert level in Jerusalem and deployed additional forces at light rail stations, bus stations and entrances to the city. Police units, together with IDF forces, are operating in Beit Surik. Several suspects, including members of the terrorist's family, were detained for questioning in the village during the morning.

The Israel Police reminds the public that employing or transporting persons who are staying in Israel illegally is a criminal offence.

The Commissioner of Police visited the scene and said: "Our officers acted quickly and with determination and prevented a far more serious outcome."

Background (from the police press office): On 8 September 2025, two terrorists opened fire on a bus stop at the Ramot junction in Jerusalem, killing six people, before they were neutralised by a security guard and an armed civilian. Since the beginning of the year, police have foiled dozens of planned attacks in the Jerusalem district.

The investigation is continuing. Further details will be released when possible.
""",
 E('ATK', 'Unidentified Armed Group (Palestine)', 'Civilians (Israel)', '2025-10-21', L('Jerusalem', 'IL', 'Jerusalem'), 1, 'a terrorist armed with a knife attacked passengers'),
 E('ARR', 'Police Forces of Israel', 'Civilians (Palestine)', '2025-10-21', L('Beit Surik', 'PS', 'Jerusalem'), None, 'were detained for questioning in the village'),
 E('ATK', 'Unidentified Armed Group (Palestine)', 'Civilians (Israel)', '2025-09-08', L('Jerusalem', 'IL', 'Jerusalem'), 8, 'two terrorists opened fire on a bus stop', bg=True),
)
# 26 -- Syria: SDF vs Turkish-backed SNA at Tishreen dam; Turkish drone strike on civilian convoy; HQ established; background
A('wire', '2025-01-16', """
QAMISHLI, Syria (Levant News Agency) - Turkish-backed Syrian factions and the Kurdish-led Syrian Democratic Forces (SDF) fought around the Tishreen dam on the Euphrates river in northern Syria on Wednesday, and a Turkish drone struck a convoy of civilians heading to the dam, killing four people, the SDF and a war monitor said.

Fighters of the Syrian National Army (SNA), an umbrella of factions backed by Ankara, attacked SDF positions south of the dam with tanks and artillery at dawn, the Syrian Observatory for Human Rights said. The SDF said it repelled the attack and destroyed two armoured vehicles. The Observatory said 19 fighters were killed in the fighting, 14 of them from the SNA.

Later on Wednesday, a Turkish drone struck vehicles carrying civilians who had travelled from the city of Raqqa to join a sit-in at the dam organised by the Kurdish-led administration to protest the Turkish attacks, killing four people and wounding 15, the administration's health authority said. Turkey's defence ministry said its forces had "neutralised 21 terrorists" in northern Syria over the past 24 hours, without giving locations.

The SDF also said on Wednesday that it had set up a new joint command centre in the town of Tabqa with tribal forces allied to it, to coordinate the defence of the Euphrates front.

Fighting in the Tishreen dam area began after the fall of Bashar al-Assad's government on December 8, when SNA factions launched an offensive against the SDF east of Aleppo. On December 9, they took the city of Manbij from the SDF after two days of clashes.

Turkey regards the People's Protection Units (YPG), the backbone of the SDF, as an offshoot of the Kurdistan Workers' Party (PKK). The SDF is the main US partner in the fight against Islamic State in Syria, and about 2,000 US troops are stationed in areas it controls.

The new authorities in Damascus, led by Hayat Tahrir al-Sham, have said all armed groups must eventually join a national army. SDF commander Mazloum Abdi said he was open to talks but that Kurdish forces would not disarm while Turkish attacks continued.

The Tishreen dam supplies electricity to hundreds of thousands of people in Aleppo province. Engineers said the fighting had damaged the main power lines.
""",
 E('AC', 'Syrian National Army', 'Syrian Democratic Forces', 'rel:Wednesday', L('Tishreen Dam', 'SY', 'Aleppo', 2), 19, 'fought around the Tishreen dam'),
 E('AIR', 'Military Forces of Turkey', 'Protesters (Syria)', 'rel:Wednesday', L('Tishreen Dam', 'SY', 'Aleppo', 2), 4, 'a Turkish drone struck vehicles carrying civilians'),
 E('HQ', 'Syrian Democratic Forces', None, 'rel:Wednesday', L('Tabqa', 'SY', 'Raqqa'), None, 'it had set up a new joint command centre'),
 E('NSO', 'Syrian National Army', 'Syrian Democratic Forces', '2024-12-09', L('Manbij', 'SY', 'Aleppo'), None, 'they took the city of Manbij from the SDF', bg=True),
)

# 27 -- Libya: clashes between two armed groups in Zawiya; journalist abducted in Tripoli; background
A('web', '2025-06-03', """
Zawiya clashes kill five as rival militias fight over coastal road; Tripoli journalist missing

By Ahmed Ben Salem | Tunis

Fighting between two armed groups in the western Libyan city of Zawiya killed at least five people, including a teenage girl hit by a stray bullet, on Monday, the city's medical centre said, while a journalist was abducted by armed men in Tripoli.

The clashes pitted the Al-Nasr Brigade, which controls the Zawiya oil refinery, against a rival force led by a commander from the Abu Surra district, residents said. The fighting, with heavy machine guns and rocket-propelled grenades, began before dawn near the coastal road and lasted into the afternoon, trapping families in their homes and closing the road to the Tunisian border for hours.

The Zawiya medical centre said three fighters and two civilians were killed and 16 people were wounded. The Presidential Council in Tripoli said it had sent a force from the Government of National Unity to "separate the warring parties", and a truce was announced by local elders in the evening.

In Tripoli, armed men in two cars seized journalist Fathi al-Ghanai outside his home in the Souq al-Juma district on Monday morning, his family said. Al-Ghanai, who runs a news page critical of armed groups in the capital, has not been heard from since. The Libyan Center for Freedom of the Press called for his immediate release and said no group had claimed the abduction.

Zawiya, about 45 km (28 miles) west of Tripoli, is a hub for fuel smuggling and migrant trafficking, and armed groups there have fought repeatedly over control of the refinery and the coastal road. In August 2023, a week of fighting between two factions in the city killed at least 11 people, according to the UN mission in Libya.

Libya has been divided since 2014 between rival administrations in the east and west. In May, deadly clashes broke out in Tripoli after the head of a powerful armed group was killed, and protesters took to the streets demanding the resignation of Prime Minister Abdulhamid Dbeibah.

The UN Support Mission in Libya urged all sides to respect the truce in Zawiya and warned that "impunity for attacks on journalists fuels further abuses".
""",
 E('AC', 'Al-Nasr Brigade', 'Militia (Libya)', 'rel:Monday', L('Zawiya', 'LY', 'Zawiya'), 5, 'Fighting between two armed groups'),
 E('ABD', 'Unidentified Armed Group (Libya)', 'Civilians (Libya)', 'rel:Monday', L('Tripoli', 'LY', 'Tripoli'), None, 'armed men in two cars seized journalist Fathi al-Ghanai'),
 E('AGR', 'Al-Nasr Brigade', 'Militia (Libya)', 'rel:Monday', L('Zawiya', 'LY', 'Zawiya'), None, 'a truce was announced by local elders'),
 E('AC', 'Militia (Libya)', 'Militia (Libya)', '2025-05', L('Tripoli', 'LY', 'Tripoli'), None, 'deadly clashes broke out in Tripoli', bg=True),
 E('PP', 'Protesters (Libya)', None, '2025-05', L('Tripoli', 'LY', 'Tripoli'), None, 'protesters took to the streets', bg=True),
)
# 28 -- Yemen live roundup: US strikes in Sanaa and Saada; Houthi missile at Israel intercepted; Houthis detain UN staff
A('web', '2025-04-18', """
Yemen live: US strikes hit Sanaa and Saada; Houthis fire missile at Israel; UN staff detained

Updated 19:20 Aden time | Yemen Desk

07:30 - US air strikes hit the outskirts of Sanaa overnight into Friday, targeting what the US military called "Houthi command and control sites" in the Bani Matar district west of the capital. The Houthi-run health ministry said two people were killed and nine wounded. US Central Command said the strikes hit weapons storage and would continue "until the Houthis stop attacking shipping".

09:10 - Houthi media also reported strikes on the Sahar district of Saada province, the group's northern stronghold, early on Friday. No casualty figures were given.

11:45 - The Houthis' military spokesman, Yahya Saree, said the group had fired a "hypersonic ballistic missile" at Ben Gurion airport near Tel Aviv. The Israeli military said a missile launched from Yemen was intercepted before it entered Israeli airspace and that sirens sounded in central Israel. There were no reports of damage or injuries.

13:30 - The United Nations said Houthi security forces had detained three more of its Yemeni staff in Sanaa on Thursday, bringing to 23 the number of UN personnel held by the group. "These detentions are unacceptable," Secretary-General António Guterres said in a statement, calling for their immediate release. The Houthis have accused some detained aid workers of spying for the United States and Israel, which the UN rejects.

15:05 - Background: The Houthis began attacking ships in the Red Sea in November 2023 in what they say is solidarity with Palestinians in Gaza. On March 15, the United States launched a new wave of strikes on Houthi targets across Yemen, which the Houthi-run health ministry said killed 53 people in Sanaa and Saada on the first day.

16:40 - Saree said in a televised statement that the group would target any US warship in the Red Sea "if the aggression continues". The Pentagon said the carrier USS Harry S. Truman remained in the northern Red Sea.

19:20 - In Marib, government forces said they repelled a Houthi attack on their positions in the Raghwan district on Friday afternoon, killing five Houthi fighters. The Houthis did not comment. We'll be back with more updates on Saturday.
""",
 E('AIR', 'Military Forces of the United States', "Houthis (Ansar Allah)", 'rel:Friday', L('Bani Matar', 'YE', "Sana'a", 2), 2, 'US air strikes hit the outskirts of Sanaa'),
 E('AIR', 'Military Forces of the United States', "Houthis (Ansar Allah)", 'rel:Friday', L('Sahar', 'YE', "Sa'dah", 2), None, 'Houthi media also reported strikes on the Sahar district'),
 E('SH', "Houthis (Ansar Allah)", 'Civilians (Israel)', 'rel:Friday', L('Ben Gurion Airport', 'IL', 'Central District'), 0, 'had fired a "hypersonic ballistic missile"'),
 E('ARR', "Houthis (Ansar Allah)", 'Civilians (Yemen)', 'rel:Thursday', L("Sanaa", 'YE', "Amanat Al Asimah"), None, 'had detained three more of its Yemeni staff'),
 E('AIR', 'Military Forces of the United States', "Houthis (Ansar Allah)", '2025-03-15', L('Sanaa', 'YE', 'Amanat Al Asimah'), 27, 'the United States launched a new wave of strikes', bg=True),
 E('AIR', 'Military Forces of the United States', "Houthis (Ansar Allah)", '2025-03-15', L('Saada', 'YE', "Sa'dah"), 26, 'killed 53 people in Sanaa and Saada', bg=True),
 E('AC', "Houthis (Ansar Allah)", 'Military Forces of Yemen', 'rel:Friday', L('Raghwan', 'YE', "Ma'rib", 2), 5, 'repelled a Houthi attack on their positions'),
)
# 29 -- UK: violent protest outside asylum hotel; counter-protest; arrests; background Rotherham 2024
A('web', '2025-08-24', """
Police officers injured as protest outside asylum hotel in Nuneaton turns violent

By Tom Harris | Midlands Correspondent

NUNEATON - Eight police officers were injured and a police van was set on fire when a protest outside a hotel housing asylum seekers in Nuneaton, Warwickshire, turned violent on Saturday evening, police said.

About 400 people had gathered outside the Chase Hotel on the edge of the town from late afternoon, many carrying England flags and banners reading "Send them home", after reports on social media that a resident of the hotel had been charged with a sexual offence. Warwickshire Police said the protest was initially peaceful, but shortly after 7 p.m. a group of men began throwing bricks, bottles and fireworks at officers guarding the entrance and tried to break through a fence.

A police van parked in a side road was smashed and set alight. Two officers were taken to hospital with head injuries, and six others were treated at the scene. No residents of the hotel were hurt, police said. Officers in riot gear, supported by dogs and mounted units from neighbouring forces, dispersed the crowd by 10 p.m.

Warwickshire Police said on Sunday that 11 people had been arrested for violent disorder and assaults on emergency workers, and that more arrests would follow after officers reviewed video footage.

Around 150 people from Stand Up to Racism held a counter-demonstration in Riversley Park in the town centre on Saturday afternoon, which passed peacefully, police said.

Home Secretary Yvette Cooper said those responsible for "thuggery" would "face the full force of the law". Local MP Chris Hinchliff urged people not to share "unverified claims" about the hotel.

The disorder recalled the riots that swept English towns last summer after the killing of three girls in Southport. On August 4, 2024, rioters attacked a hotel housing asylum seekers in Manvers, near Rotherham, setting fire to bins and breaking windows while people were inside. More than 1,000 people were arrested over last year's unrest.

Protests outside asylum hotels have spread this summer after a demonstration in Epping, Essex, in July. The government has promised to end the use of hotels to house asylum seekers by 2029.
""",
 E('VD', 'Rioters (United Kingdom)', 'Police Forces of the United Kingdom', 'rel:Saturday', L('Nuneaton', 'GB', 'England'), None, 'turned violent on Saturday evening'),
 E('PP', 'Protesters (United Kingdom)', None, 'rel:Saturday', L('Nuneaton', 'GB', 'England'), None, 'held a counter-demonstration'),
 E('VD', 'Rioters (United Kingdom)', 'Civilians (United Kingdom)', '2024-08-04', L('Manvers', 'GB', 'England'), None, 'rioters attacked a hotel housing asylum seekers', bg=True),
)

# 30 -- Sweden police statement: explosion at apartment block in Uppsala; grenade found; teenagers arrested; background
A('web', '2025-02-20', """
Police Region Middle - press release

Explosion at apartment building in Gränby, Uppsala - two arrested

Published 20 February 2025, 11:32

At 02:47 on the night of Thursday, police received several calls about a powerful explosion at an apartment building on Gränbyvägen in the Gränby district of Uppsala. The blast damaged the entrance door and stairwell of the building and shattered windows in neighbouring buildings. A woman in her 70s living on the ground floor was taken to hospital with cuts from broken glass; her injuries are not life-threatening. No one else was injured. About 30 residents were evacuated during the night.

The police national bomb squad was called to the scene. Forensic technicians have secured traces of an explosive substance. The police assess that the explosion was caused by a device placed at the entrance of the building.

At around 04:15, patrols stopped a car on the E4 motorway near Storvreta. Two people, a 16-year-old and a 19-year-old, were arrested on suspicion of a general devastation offence (allmänfarlig ödeläggelse). In the car, police found a hand grenade, which was made safe by the bomb squad.

The police are investigating whether the explosion is linked to an ongoing conflict between criminal networks in the Uppsala area. In September 2024, a 15-year-old boy was shot dead in the same district.

"We see that children and young people are being recruited to carry out acts of violence on behalf of criminal networks, often via encrypted apps," said local police area chief Ulrika Bergström. "We urge parents to talk to their children."

Sweden recorded more than 100 detonations in 2024, according to police statistics, most of them linked to conflicts between gangs.

The police are asking anyone who was in the area of Gränbyvägen between 02:00 and 03:00 to get in touch via 114 14 or the police website, reference number 5000-K231174-25.

The investigation is continuing and the police will not comment further at this stage.
""",
 E('IED', 'Unidentified Armed Group (Sweden)', 'Civilians (Sweden)', '2025-02-20', L('Uppsala', 'SE', 'Uppsala'), 0, 'a powerful explosion at an apartment building'),
 E('ARR', 'Police Forces of Sweden', 'Unidentified Armed Group (Sweden)', '2025-02-20', L('Storvreta', 'SE', 'Uppsala'), None, 'were arrested on suspicion'),
 E('DWU', 'Police Forces of Sweden', 'Unidentified Armed Group (Sweden)', '2025-02-20', L('Storvreta', 'SE', 'Uppsala'), None, 'which was made safe by the bomb squad'),
 E('ATK', 'Unidentified Armed Group (Sweden)', 'Civilians (Sweden)', '2024-09', L('Uppsala', 'SE', 'Uppsala'), 1, 'a 15-year-old boy was shot dead', bg=True),
)
# 31 -- Greece: bomb after warning call in Thessaloniki (no injuries); Tempi anniversary march turns violent in Athens
A('wire', '2025-03-01', """
ATHENS (Euro Press Service) - A bomb exploded outside a branch of a Greek bank in Thessaloniki early on Saturday after a warning call to a newspaper, causing heavy damage but no injuries, hours after a rally in Athens marking the second anniversary of the Tempi rail disaster ended in clashes between youths and riot police.

The device, placed at the entrance of the Piraeus Bank branch on Egnatia Street, went off at around 3:20 a.m., about 40 minutes after an anonymous caller warned the Efsyn newspaper, police said. Officers had cordoned off the area, and no one was hurt. The blast shattered the bank's glass front and damaged three parked cars. No group has claimed responsibility; police suspect an anarchist cell.

In Athens, hundreds of thousands of people rallied on Friday in Syntagma Square outside parliament, in one of the largest demonstrations in Greece in years, to demand accountability for the February 28, 2023 collision of a passenger train and a freight train near Tempi, which killed 57 people, most of them students.

The rally was peaceful for most of the day. In the afternoon, groups of hooded youths threw petrol bombs and stones at riot police guarding parliament and set fire to a kiosk, and police responded with tear gas, stun grenades and a water cannon, clearing the square. Police said 12 officers were hurt and 40 people were detained. Clashes were also reported in Thessaloniki, where youths attacked riot police with stones outside the Aristotle University, police said.

A general strike halted flights, ferries and trains across the country on Friday. Relatives of the victims accuse successive governments of covering up the causes of the crash, including whether the freight train was carrying illegal flammable cargo. The government denies any cover-up.

Greece has a long history of small-scale bombings by anarchist and far-left groups, usually with warning calls and mostly causing damage rather than casualties. In November 2024, a man was killed in an Athens apartment when an explosive device he was handling blew up, police said.

Prime Minister Kyriakos Mitsotakis said on Saturday that violence "insults the memory of the victims" and promised that those responsible for the crash would be held to account.
""",
 E('IED', 'Unidentified Armed Group (Greece)', None, 'rel:Saturday', L('Thessaloniki', 'GR', 'Central Macedonia'), 0, 'A bomb exploded outside a branch of a Greek bank'),
 E('VD', 'Rioters (Greece)', 'Police Forces of Greece', 'rel:Friday', L('Athens', 'GR', 'Attica'), None, 'groups of hooded youths threw petrol bombs and stones at riot police'),
 E('VD', 'Rioters (Greece)', 'Police Forces of Greece', 'rel:Friday', L('Thessaloniki', 'GR', 'Central Macedonia'), None, 'youths attacked riot police with stones'),
 E('IED', 'Unidentified Armed Group (Greece)', None, '2024-11', L('Athens', 'GR', 'Attica'), 1, 'an explosive device he was handling blew up', bg=True),
)

# 32 -- court verdict, no news event: Solingen festival knife attack; background Mannheim; statistics
A('web', '2025-09-10', """
Solingen attack: Syrian man sentenced to life for festival stabbing

Court finds defendant acted out of Islamist conviction; special severity of guilt established

By Jonas Richter | Düsseldorf

DÜSSELDORF - A court in Düsseldorf on Wednesday sentenced a 27-year-old Syrian man to life in prison for the knife attack at a city festival in Solingen last year, in which three people were killed and eight wounded.

The Higher Regional Court found the defendant guilty of three counts of murder, ten counts of attempted murder and membership of a terrorist organisation, the Islamic State group. The judges established the "particular severity of guilt", which means he cannot be released after 15 years, as is usual in Germany for life sentences. They also ordered his preventive detention after his sentence.

On the evening of August 23, 2024, the man attacked visitors to the "Festival of Diversity" on Solingen's Fronhof square with a kitchen knife, stabbing them in the neck and back from behind. He fled, but turned himself in to police the next day. Islamic State claimed the attack through its Amaq news agency and released a video in which a masked man pledged allegiance to the group.

The presiding judge said the defendant had acted "out of a radical Islamist conviction" and had wanted to kill as many "infidels" as possible. During the trial, which began in May, the defendant confessed and said he had wanted to take revenge for the war in Gaza.

The attack fuelled a fierce debate about migration and deportations in Germany. The defendant should have been deported to Bulgaria in 2023 under EU asylum rules, but the transfer failed because he was not found at his refugee shelter on the day.

It came less than three months after an Afghan man stabbed a police officer and five other people at an anti-Islam rally in Mannheim on May 31, 2024. The officer, 29, died of his injuries two days later. The Mannheim attacker was sentenced to life in prison this month.

Survivors and relatives of the victims, who attended the verdict as co-plaintiffs, said they were relieved. "The verdict cannot undo anything, but it is a signal," said a lawyer for one of the families.

Germany's domestic intelligence agency says the number of people it classifies as Islamist extremists has risen to about 28,000. The defence has one week to appeal.
""",
 E('ATK', 'Islamic State', 'Civilians (Germany)', '2024-08-23', L('Solingen', 'DE', 'North Rhine-Westphalia'), 3, 'the man attacked visitors to the "Festival of Diversity"', bg=True),
 E('ATK', 'Unidentified Armed Group (Germany)', 'Civilians (Germany)', '2024-05-31', L('Mannheim', 'DE', 'Baden-Württemberg'), 1, 'stabbed a police officer and five other people', bg=True),
)
# 33 -- Belgium: shooting near Brussels metro station (gang), prosecutor statement, manhunt; grenade in Anderlecht earlier
A('wire', '2025-02-06', """
BRUSSELS (Euro Press Service) - Two masked gunmen armed with assault rifles opened fire near the Clemenceau metro station in the Brussels district of Anderlecht early on Wednesday, wounding no one but sparking a manhunt that shut down parts of the city's metro network for hours, prosecutors said.

The Brussels prosecutor's office said in a statement that the men fired several bursts "towards a group of people" outside the station at about 6 a.m., then fled into the metro tunnels. Images circulating on social media showed the two men in dark clothing walking along the platform with Kalashnikov-style rifles. Nobody was hit, the statement said.

Police closed several stations and sent special units into the tunnels, but the gunmen were not found. A spokeswoman for the prosecutor's office said the shooting was "very probably" linked to drug trafficking and that there was no indication of a terrorist motive.

On Thursday afternoon, police arrested a suspect at a flat in the district of Cureghem, the prosecutor's office said, adding that he would be brought before an investigating judge. A second man was still being sought.

The shooting was the latest in a series of gun attacks in Brussels linked to rivalries between drug-dealing gangs. On Tuesday night, a man was shot in the leg in the Peterbos housing estate, also in Anderlecht, and on January 29, a hand grenade was thrown at the door of a house in Saint-Gilles, damaging the building but causing no injuries.

Brussels has recorded dozens of shootings since the start of 2024, several of them fatal, according to the prosecutor's office. Anderlecht's mayor, Fabrice Cumps, called for the army to be deployed on the streets, a proposal the federal interior minister rejected, saying more police officers would be sent instead.

Belgium's new prime minister, Bart De Wever, called the images "a disgrace for a European capital" and promised tougher action against drug networks, many of which operate through the port of Antwerp, one of Europe's main entry points for cocaine.

The metro lines resumed service in the afternoon. Police said patrols in Anderlecht and Saint-Gilles would be reinforced in the coming weeks.
""",
 E('ATK', 'Unidentified Armed Group (Belgium)', 'Civilians (Belgium)', 'rel:Wednesday', L('Anderlecht', 'BE', 'Brussels'), 0, 'opened fire near the Clemenceau metro station'),
 E('ARR', 'Police Forces of Belgium', 'Unidentified Armed Group (Belgium)', 'rel:Thursday', L('Anderlecht', 'BE', 'Brussels'), None, 'police arrested a suspect'),
 E('ATK', 'Unidentified Armed Group (Belgium)', 'Civilians (Belgium)', 'rel:Tuesday', L('Anderlecht', 'BE', 'Brussels'), None, 'a man was shot in the leg', bg=True),
 E('GR', 'Unidentified Armed Group (Belgium)', 'Civilians (Belgium)', '2025-01-29', L('Saint-Gilles', 'BE', 'Brussels'), 0, 'a hand grenade was thrown at the door of a house', bg=True),
)

# 34 -- analysis/anniversary, no news event: five years after January 6; background events; statistics
A('web', '2026-01-06', """
Five years after Jan. 6, a divided memory of the Capitol attack

By Dana Whitfield | Washington

WASHINGTON - Five years after a mob of Donald Trump's supporters stormed the U.S. Capitol, the day has become a dividing line in American politics: for some, an insurrection against democracy; for others, a protest that got out of hand, its participants victims of a politicised justice system.

On Jan. 6, 2021, thousands of people marched from a rally near the White House to the Capitol, where Congress was certifying Joe Biden's election victory. Hundreds of them broke through police lines, smashed windows and forced their way into the building, sending lawmakers into hiding. About 140 police officers were injured. A rioter, Ashli Babbitt, was shot dead by a Capitol Police officer as she tried to climb through a broken door near the House chamber.

More than 1,500 people were charged over the riot, and about 1,200 were convicted or pleaded guilty. On his first day back in office, Jan. 20, 2025, Trump pardoned nearly all of them and commuted the sentences of 14 members of the Proud Boys and Oath Keepers who had been convicted of seditious conspiracy and related charges.

Researchers who track political violence say the pardons sent a message that such violence can go unpunished. "We've seen a sustained rise in threats against election officials, judges and members of Congress," said a researcher at a university center that studies extremism. The Capitol Police investigated more than 9,000 threats against lawmakers in 2024, more than twice as many as in 2017.

The years since have also seen attacks on politicians of both parties. On July 13, 2024, a gunman opened fire at a Trump campaign rally in Butler, Pennsylvania, wounding the then-candidate in the ear and killing a firefighter in the crowd before he was shot dead by a Secret Service sniper.

Trump's supporters point to what they call a double standard in the treatment of left-wing protesters during the racial justice demonstrations of 2020. His critics say rewriting the history of Jan. 6 risks encouraging the next attempt to overturn an election.

There was no official commemoration at the Capitol on Tuesday. Democratic lawmakers planned to read the names of officers who died in the months after the attack, while a group of pardoned rioters said they would hold a rally in Washington later this week.
""",
 E('VD', 'Rioters (United States)', 'Police Forces of the United States', '2021-01-06', L('Washington', 'US', 'District of Columbia'), 1, 'Hundreds of them broke through police lines', bg=True),
 E('ATK', 'Unidentified Armed Group (United States)', 'Civilians (United States)', '2024-07-13', L('Butler', 'US', 'Pennsylvania'), 2, 'a gunman opened fire at a Trump campaign rally', bg=True),
)

# 35 -- US local: protest at ICE facility in Broadview; agents use pepper balls; arrests; driver hits protester; peaceful vigil
A('local', '2025-10-05', """
Federal agents fire pepper balls at Broadview ICE protest; 13 arrested

BROADVIEW, Ill. - Federal agents fired pepper balls and tear gas at protesters outside the U.S. Immigration and Customs Enforcement processing center in this west suburban village Saturday, and Illinois State Police arrested 13 people, authorities said.

Several hundred demonstrators had gathered outside the facility on Beach Street by midday, chanting and holding signs against the Trump administration's immigration enforcement surge in the Chicago area. Around 2 p.m., as a line of vehicles tried to leave the facility, some protesters sat in the roadway. Agents in helmets and gas masks came out of the gate and fired pepper balls and tear gas canisters into the crowd, according to witnesses and video posted online.

Illinois State Police, who took over security outside the facility last week under an agreement with the village, said 13 people were arrested on charges including resisting arrest and aggravated battery of a peace officer. A State Police spokesperson said one trooper was kicked and suffered minor injuries. Several protesters were treated by volunteer medics for pepper-ball welts and eye irritation.

In a separate incident about an hour later, a driver in a pickup truck accelerated into a group of demonstrators on 25th Avenue, striking a 61-year-old woman, who was taken to Loyola University Medical Center with a broken leg. Police detained the driver, a 34-year-old Westchester man, at the scene; charges were pending Sunday.

Broadview Mayor Katrina Thompson, who has criticized both federal agents and some protesters, said she would ask a judge to limit the use of chemical agents near homes. The Department of Homeland Security said in a statement that "rioters" had tried to block agents' vehicles and that officers "used the minimum force necessary".

Earlier Saturday, about 200 people held a quiet candlelight vigil at St. Joseph Catholic Church in nearby Summit for immigrants detained during the operation.

A federal judge in Chicago is expected to rule this week on a lawsuit by journalists and protesters seeking to bar agents from using riot-control weapons against people who are not posing a threat.
""",
 E('PWI', 'Protesters (United States)', 'Police Forces of the United States', 'rel:Saturday', L('Broadview', 'US', 'Illinois'), None, 'Federal agents fired pepper balls and tear gas at protesters', occ=1),
 E('ATK', 'Unidentified Armed Group (United States)', 'Protesters (United States)', 'rel:Saturday', L('Broadview', 'US', 'Illinois'), None, 'accelerated into a group of demonstrators'),
 E('PP', 'Protesters (United States)', None, 'rel:Saturday', L('Summit', 'US', 'Illinois'), None, 'held a quiet candlelight vigil'),
)
# 36 -- Mexico: mayoral candidate shot dead at campaign event in Guerrero; attack on journalist's home; background
A('web', '2024-05-23', """
Mayoral candidate shot dead at campaign event in Guerrero, ten days before election

By Alejandra Fuentes | Chilpancingo

CHILPANCINGO, Guerrero - A candidate for mayor in the southern Mexican state of Guerrero was shot dead on Wednesday afternoon while greeting supporters at a campaign event in the town of Tlalixtaquilla, state prosecutors said, the latest in a string of killings of politicians ahead of the June 2 general election.

Two men on a motorcycle approached the candidate, Rubén Ocampo Salgado of the Citizens' Movement party, as he stood in the town's main square and shot him several times at close range before fleeing, the Guerrero state prosecutor's office said in a statement. A campaign aide was wounded in the leg. Ocampo died at the scene.

The prosecutor's office said it had opened a homicide investigation and that the National Guard and state police had set up checkpoints on roads leading out of the municipality. No arrests had been made by Thursday morning.

Citizens' Movement suspended its campaign events in the region and demanded federal protection for its candidates. President Andrés Manuel López Obrador condemned the killing at his morning news conference, but said violence against candidates was "not generalized".

Hours earlier, in the state capital Chilpancingo, unknown attackers fired several shots at the front of the home of a local radio journalist, Carmen Ibarra, who had reported on disputes between criminal groups over control of public transport routes. Nobody was hurt. Ibarra said she would leave the city with her children.

Guerrero is one of the most violent states in Mexico, with criminal groups such as Los Tlacos and La Familia Michoacana competing for control of drug routes, extortion and local governments. In March, gunmen killed a mayoral hopeful from the ruling Morena party in the municipality of Atoyac de Álvarez.

According to a consultancy that monitors political violence, more than 30 candidates or aspiring candidates have been killed across Mexico since the campaign season began in September, making it one of the deadliest elections in the country's history.

Voters on June 2 will choose a new president, both houses of Congress, nine governors and thousands of local officials.
""",
 E('ATK', 'Unidentified Armed Group (Mexico)', "Citizens' Movement", 'rel:Wednesday', L('Tlalixtaquilla', 'MX', 'Guerrero'), 1, 'was shot dead on Wednesday afternoon'),
 E('ATK', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', 'rel:Wednesday', L('Chilpancingo', 'MX', 'Guerrero'), 0, 'unknown attackers fired several shots at the front of the home'),
 E('ATK', 'Unidentified Armed Group (Mexico)', 'Morena', '2024-03', L('Atoyac de Álvarez', 'MX', 'Guerrero'), 1, 'gunmen killed a mayoral hopeful', bg=True),
)

# 37 -- Ecuador police statement: massacre at pool hall in Durán; arrests of Los Tiguerones members; weapons seized
A('web', '2025-03-11', """
NATIONAL POLICE OF ECUADOR - Communication Directorate

Bulletin No. 0317 - Durán, Guayas, March 11, 2025

The National Police informs the public about the results of operations following the violent events recorded in the canton of Durán.

On Sunday night, at approximately 22:30, armed individuals who arrived in two vehicles entered a billiards hall located in the Cooperativa El Recreo sector and opened fire indiscriminately against the people present. As a result of the attack, eight people lost their lives at the scene and four others were wounded, who were transferred to the Guasmo Sur hospital. The police investigation indicates that the attack is related to a dispute between criminal groups for territorial control of drug micro-trafficking.

Within the framework of Operation "Recreo 1", in the early hours of Monday, units of the Criminal Investigation Police and the Special Operations Group (GEO) raided four properties in the Durán canton and apprehended five citizens, who are allegedly members of the criminal group Los Tiguerones. Two rifles, three pistols, ammunition of different calibres and a vehicle with characteristics similar to one of those used in the attack were seized.

During the operation, in the sector of Las Brisas, alleged criminals opened fire on police officers, who repelled the aggression. As a result, one suspect was killed and one police officer was slightly injured.

The apprehended persons were placed at the disposal of the competent authorities, and the flagrancy hearing was scheduled for Tuesday.

The National Police recalls that the canton of Durán remains under a state of exception, decreed by the President of the Republic in January 2024 after the declaration of an internal armed conflict against 22 criminal organisations designated as terrorist groups. On August 17, 2024, attacks on two properties in the same canton left six people dead.

Citizens may provide information anonymously through the ECU 911 line or the 1800-DELITO line. The National Police reaffirms its commitment to the security of citizens.

#PolicíaEcuador #DuránSeguro
""",
 E('ATK', 'Unidentified Armed Group (Ecuador)', 'Civilians (Ecuador)', 'rel:Sunday', L('Durán', 'EC', 'Guayas'), 8, 'opened fire indiscriminately against the people present'),
 E('ARR', 'Police Forces of Ecuador', 'Los Tiguerones', 'rel:Monday', L('Durán', 'EC', 'Guayas'), None, 'apprehended five citizens'),
 E('AC', 'Police Forces of Ecuador', 'Los Tiguerones', 'rel:Monday', L('Durán', 'EC', 'Guayas'), 1, 'alleged criminals opened fire on police officers'),
 E('ATK', 'Unidentified Armed Group (Ecuador)', 'Civilians (Ecuador)', '2024-08-17', L('Durán', 'EC', 'Guayas'), 6, 'attacks on two properties in the same canton left six people dead', bg=True),
)
# 38 -- Venezuela: colectivos attack opposition rally; SEBIN arrests opposition figure; peaceful rallies; background 2024 protests
A('wire', '2025-01-10', """
CARACAS (Andes Wire) - Armed men on motorcycles fired shots and beat demonstrators at an opposition rally in eastern Caracas on Thursday, and opposition leader María Corina Machado was briefly detained after appearing in public for the first time in months, her party said, on the eve of Nicolás Maduro's inauguration for a third term.

Thousands of people had gathered in the Chacao district waving flags and chanting "freedom" to reject Maduro's claim to have won the July election, which the opposition says its candidate Edmundo González won by a wide margin. As the rally broke up in the afternoon, groups of men on motorcycles, whom witnesses identified as members of pro-government "colectivos", fired into the air and attacked people with sticks, injuring at least seven, the rights group Provea said.

Machado's Vente Venezuela party said she was "violently intercepted" by security agents as she left the rally on a motorcycle and was held for about two hours before being released. The government called the report "a lie" and said no one had detained her.

Earlier on Thursday, agents of the Bolivarian National Intelligence Service (SEBIN) arrested Enrique Márquez, a former presidential candidate and ex-member of the electoral council, in Caracas, his family said. The attorney general later said Márquez was being investigated over an alleged "conspiracy".

Smaller rallies were held peacefully in Maracaibo and Valencia, local media reported.

Security forces cracked down hard on protests that broke out after the election on July 28. On July 29, protesters in the Petare district of Caracas toppled a statue of Hugo Chávez and clashed with the National Guard, and more than 2,000 people were arrested in the following weeks. At least 24 people were killed in the post-election unrest, according to rights groups.

Maduro, who has governed since 2013, is due to be sworn in on Friday before the National Assembly. González, who went into exile in Spain in September, has said he will return to Venezuela to take office, and the government has offered a $100,000 reward for information leading to his capture.
""",
 E('ATK', 'Colectivos (Venezuela)', 'Protesters (Venezuela)', 'rel:Thursday', L('Chacao', 'VE', 'Miranda'), None, 'fired shots and beat demonstrators'),
 E('ARR', 'Police Forces of Venezuela', 'Vente Venezuela', 'rel:Thursday', L('Chacao', 'VE', 'Miranda'), None, 'was briefly detained', mod='denied'),
 E('ARR', 'Bolivarian National Intelligence Service', 'Civilians (Venezuela)', 'rel:Thursday', L('Caracas', 'VE', 'Capital District'), None, 'arrested Enrique Márquez'),
 E('PP', 'Protesters (Venezuela)', None, 'rel:Thursday', L('Maracaibo', 'VE', 'Zulia'), None, 'Smaller rallies were held peacefully'),
 E('PP', 'Protesters (Venezuela)', None, 'rel:Thursday', L('Valencia', 'VE', 'Carabobo'), None, 'Valencia, local media reported'),
 E('VD', 'Rioters (Venezuela)', 'National Guard (Venezuela)', '2024-07-29', L('Caracas', 'VE', 'Capital District', 2), None, 'toppled a statue of Hugo Chávez', bg=True),
)

# 39 -- Brazil: gunmen attack landless workers' camp in Pará; police evict occupation in Bahia; background Eldorado dos Carajás
A('web', '2025-04-17', """
Gunmen attack landless workers' camp in Pará, killing two, on eve of Eldorado dos Carajás anniversary

By Luana Ferreira | Belém

BELÉM - Hooded gunmen attacked a camp of the Landless Rural Workers' Movement (MST) in the southeastern Pará municipality of Parauapebas before dawn on Wednesday, killing two men and wounding three other people, the movement and state police said.

About 15 armed men arrived in pickup trucks at around 4 a.m., set fire to several plastic-covered shacks and shot at families as they ran into the surrounding pasture, said an MST coordinator in the camp, which has occupied part of a cattle ranch since last year. The dead were identified as a 47-year-old farmer and his 19-year-old nephew. A woman and two teenagers were taken to hospital in Parauapebas with gunshot wounds.

The MST blamed private security guards hired by the ranch owners, who have sought an eviction order in the courts. A lawyer for the ranch said the owners had "no involvement" in the attack and condemned the violence. Pará's public security secretariat said the civil police had opened an investigation and sent officers to the area.

The attack came on the eve of the 29th anniversary of the Eldorado dos Carajás massacre, when military police opened fire on landless workers blocking the PA-150 highway in the same region on April 17, 1996, killing 19 people. MST members across Brazil hold marches and occupations every April to remember the victims.

In Bahia, military police on Wednesday evicted about 300 MST families who had occupied a eucalyptus plantation owned by a pulp company near the town of Mucuri on Monday, using tear gas when some of the occupiers refused to leave, the movement said. Nine people were detained and later released.

In Brasília, several thousand MST members marched peacefully to the Ministry of Agrarian Development on Wednesday, demanding faster land reform.

According to the Pastoral Land Commission, a Catholic organisation, 13 people were killed in land conflicts in Brazil in 2024. Rights groups say few of the killings lead to convictions.
""",
 E('ATK', 'Unidentified Armed Group (Brazil)', 'Civilians (Brazil)', 'rel:Wednesday', L('Parauapebas', 'BR', 'Pará', 2), 2, 'Hooded gunmen attacked a camp'),
 E('EXF', 'Police Forces of Brazil', 'Protesters (Brazil)', '1996-04-17', L('Eldorado dos Carajás', 'BR', 'Pará', 2), 19, 'military police opened fire on landless workers', bg=True),
 E('PWI', 'Protesters (Brazil)', 'Police Forces of Brazil', 'rel:Wednesday', L('Mucuri', 'BR', 'Bahia', 2), None, 'military police on Wednesday evicted about 300 MST families'),
 E('PP', 'Protesters (Brazil)', None, 'rel:Wednesday', L('Brasília', 'BR', 'Federal District'), None, 'several thousand MST members marched peacefully'),
)
# 40 -- Chile: arson attack on forestry trucks claimed by a Mapuche group; arrests; background
A('wire', '2025-06-12', """
SANTIAGO (Andes Wire) - Hooded attackers set fire to 14 logging trucks and a machinery shed at a forestry company's site in Chile's southern Araucanía region early on Wednesday, police said, and a radical Mapuche group later claimed responsibility.

The armed group of about ten people arrived at the site near the town of Ercilla, in Malleco province, at around 3 a.m., fired shots into the air, tied up two security guards and doused the vehicles with fuel, according to the Carabineros police. The guards were released unharmed. Firefighters were unable to save the trucks, which belonged to a contractor of the forestry firm CMPC, and the damage was estimated at more than $3 million.

Leaflets left at the scene demanded the "withdrawal of the forestry companies from Mapuche territory" and were signed by the Resistencia Mapuche Lavkenche, a group that has claimed several arson attacks in the region. The group repeated the claim in a statement sent to local media on Wednesday afternoon.

On Thursday, police and prosecutors raided three homes in the nearby communities of Temucuicui and Pidima and arrested four people suspected of involvement, the Araucanía prosecutor's office said. Lawyers for the Mapuche communities said the raids were carried out with "disproportionate force" and that a child was hurt by a tear-gas canister.

The Araucanía and neighbouring Biobío regions have been under a state of emergency, with the army patrolling roads, since May 2022. Mapuche groups are demanding the return of ancestral lands, much of which is now owned by forestry companies. The government of President Gabriel Boric has bought land for some communities but radical groups reject the process.

The Coordinadora Arauco-Malleco (CAM), the best known of the radical groups, saw its leader Héctor Llaitul sentenced to 23 years in prison last year for crimes including theft of timber and attacks on the authorities. In April 2024, three Carabineros officers were shot dead and their patrol car burned in Cañete, in Biobío, an attack for which no group claimed responsibility.

Businesses in the region said attacks on trucks had fallen sharply since the state of emergency was imposed, but that they had not stopped.
""",
 E('LOOT', 'Resistencia Mapuche Lavkenche', 'Civilians (Chile)', 'rel:Wednesday', L('Ercilla', 'CL', 'Araucanía', 2), 0, 'set fire to 14 logging trucks'),
 E('ARR', 'Police Forces of Chile', 'Mapuche Ethnic Group (Chile)', 'rel:Thursday', L('Ercilla', 'CL', 'Araucanía', 2), None, 'arrested four people suspected of involvement'),
 E('ATK', 'Unidentified Armed Group (Chile)', 'Police Forces of Chile', '2024-04', L('Cañete', 'CL', 'Biobío'), 3, 'three Carabineros officers were shot dead', bg=True),
)

# 41 -- Bolivia: road blockades; clash in Llallagua kills police officers; police clear Parotani blockade; follow-up toll
A('wire', '2025-06-13', """
LA PAZ (Andes Wire) - The death toll from clashes between police and supporters of former president Evo Morales in the Bolivian mining town of Llallagua rose to five on Thursday after a police officer who had been shot died in hospital, the government said, as security forces cleared several road blockades in the country.

The fighting in Llallagua, in the northern Potosí department, broke out on Wednesday when police tried to reopen a road blocked by Morales supporters with rocks and burning tyres. Protesters armed with sticks, dynamite and some firearms attacked the officers, the government said. Three police officers and a civilian were killed on Wednesday, and dozens were injured. The fifth death, of a 28-year-old sergeant, was announced by Interior Minister Roberto Ríos on Thursday morning.

Ríos said police had been "ambushed" and accused Morales of organising the violence from his stronghold in the Chapare region. Morales's supporters said two of their members had been shot by police and that they were defending themselves.

On Thursday, police and soldiers removed a blockade on the highway at Parotani, west of Cochabamba, that had cut off traffic between the country's east and west for more than ten days. Officers used tear gas to disperse a few hundred people who tried to resist, and 31 people were arrested, the police said.

The blockades began on June 2 after the electoral body barred Morales from running in the August presidential election because of a constitutional limit on terms. Morales, who governed from 2006 to 2019, faces an arrest warrant in a case of alleged statutory rape, which he calls political persecution.

Bolivia's last deadly political unrest came after the disputed 2019 election. On November 15, 2019, soldiers and police opened fire on coca growers marching in Sacaba, near Cochabamba, killing ten people, in an incident that an international panel of experts later described as a massacre.

The blockades have caused shortages of fuel and food in several cities. The government of President Luis Arce has declared that it will not negotiate "under the pressure of dynamite".
""",
 E('VD', 'Rioters (Bolivia)', 'Police Forces of Bolivia', 'rel:Wednesday', L('Llallagua', 'BO', 'Potosí'), 5, 'clashes between police and supporters'),
 E('PWI', 'Protesters (Bolivia)', 'Police Forces of Bolivia', 'rel:Thursday', L('Parotani', 'BO', 'Cochabamba'), None, 'police and soldiers removed a blockade'),
 E('EXF', 'Military Forces of Bolivia', 'Protesters (Bolivia)', '2019-11-15', L('Sacaba', 'BO', 'Cochabamba'), 10, 'soldiers and police opened fire on coca growers', bg=True),
)
# 42 -- Haiti: gang attack on Kenscoff; drone strike by government task force; Kenyan-led police clash; background
A('wire', '2025-04-08', """
PORT-AU-PRINCE, Haiti (Caribbean Wire) - Gang members attacked several neighbourhoods of Kenscoff, in the hills above Haiti's capital, on Monday, killing at least seven people and burning houses, while a drone strike by a government task force killed gang members in the capital's Bel Air district, officials and residents said.

Gunmen from the Viv Ansanm coalition entered the Furcy and Belot areas of Kenscoff at dawn, shooting at residents as they fled uphill, the commune's deputy mayor said. "They went from house to house. We have counted seven bodies so far, including an elderly woman who could not run," he said. Residents said at least 20 houses were set on fire.

Haitian police and officers of the Kenyan-led Multinational Security Support (MSS) mission later exchanged fire with the gang for several hours near the Belot police sub-station, a police spokesman said, adding that two gang members were killed and a police officer was wounded.

In downtown Port-au-Prince, an explosive-laden drone operated by a task force set up by the prime minister's office struck a house used by members of a gang in Bel Air on Monday afternoon, killing at least four suspected gang members, a police source said. The government has not publicly confirmed the use of armed drones, but officials have said privately that a private contractor operates them on the task force's behalf.

Kenscoff, once a relatively safe area of farms and weekend homes, has been repeatedly attacked since January as gangs try to open a route towards the southeast of the country. On January 27, gang members killed at least 12 people in the Kenscoff area, according to the UN.

The violence has forced more than 60,000 people to flee their homes in the capital region in the past month alone, according to the International Organization for Migration.

Gang leader Jimmy "Barbecue" Chérizier warned in a video posted on Sunday that his fighters would "take the whole country" unless the transitional council resigned. The council said on Monday it would not negotiate with "terrorists".
""",
 E('ATK', 'Viv Ansanm', 'Civilians (Haiti)', 'rel:Monday', L('Kenscoff', 'HT', 'Ouest'), 7, 'Gang members attacked several neighbourhoods of Kenscoff'),
 E('AC', 'Police Forces of Haiti', 'Viv Ansanm', 'rel:Monday', L('Kenscoff', 'HT', 'Ouest'), 2, 'exchanged fire with the gang for several hours'),
 E('AIR', 'Police Forces of Haiti', 'Unidentified Armed Group (Haiti)', 'rel:Monday', L('Port-au-Prince', 'HT', 'Ouest'), 4, 'a drone strike by a government task force'),
 E('ATK', 'Viv Ansanm', 'Civilians (Haiti)', '2025-01-27', L('Kenscoff', 'HT', 'Ouest'), 12, 'gang members killed at least 12 people', bg=True),
)

# 43 -- Guatemala: mob attempts lynching of suspected kidnappers; police rescue; mob burns patrol car; background
A('local', '2025-08-18', """
Crowd burns patrol car, tries to lynch two men accused of child kidnapping in Sololá

By Marvin Xicará | Prensa Regional

SOLOLÁ - An angry crowd in the municipality of Nahualá, Sololá, beat two men accused of trying to kidnap a girl and set fire to a National Civil Police (PNC) patrol car on Sunday, before officers managed to rescue the men, authorities said.

According to the PNC, residents of the village of Xepiacul caught the two men, aged 24 and 31, on Sunday morning after a woman raised the alarm that they had tried to force her eight-year-old daughter into a car. Within an hour, hundreds of people had gathered in the village square. The men were tied up, beaten and doused with gasoline, witnesses said.

When police arrived, the crowd blocked the road with stones and set fire to one of the patrol cars. After negotiations with community leaders and a local prosecutor, which lasted more than five hours, the men were handed over to the police in the evening and taken to hospital in Sololá with head injuries. Both are in stable condition, the hospital said.

The Human Rights Ombudsman's office called for calm and warned against "taking justice into one's own hands". The prosecutor's office said it would investigate both the alleged kidnapping attempt and the attack on the men.

Rumours of child kidnappings spread quickly in rural Guatemala via WhatsApp and often lead to mob violence. In Nahualá, several audio messages had circulated in recent days warning of "strangers in a grey car".

Lynchings have a long history in Guatemala's western highlands, where many communities have little trust in the police and courts. In June 2015, a 16-year-old girl was beaten and burned to death by a mob in Río Bravo, Suchitepéquez, after being accused of involvement in the killing of a taxi driver.

Police said there had been no arrests over Sunday's incident, but that they had identified several of those involved from videos posted on social media.
""",
 E('MOB', 'Rioters (Guatemala)', 'Civilians (Guatemala)', 'rel:Sunday', L('Nahualá', 'GT', 'Sololá'), 0, 'beat two men accused of trying to kidnap a girl'),
 E('MOB', 'Rioters (Guatemala)', 'Civilians (Guatemala)', '2015-06', L('Río Bravo', 'GT', 'Suchitepéquez'), 1, 'was beaten and burned to death by a mob', bg=True),
)
# 44 -- Colombia live roundup: motorbike bomb in Jamundí; drone attack on police base in Suárez; soldiers held by crowd; background
A('web', '2025-06-11', """
LIVE: Wave of attacks in Cauca and Valle del Cauca - what we know

Bogotá Newsroom | Last updated 21:15

21:15 - Here is a summary of Tuesday's attacks in southwestern Colombia, which the government blames on the Estado Mayor Central (EMC) dissidents of the former FARC.

Jamundí (Valle del Cauca): A motorcycle loaded with explosives blew up outside the police station in the town centre at about 8:30 a.m., killing two civilians, a street vendor and a 15-year-old boy, and wounding 11 people, including three police officers, the mayor's office said. Several shops were destroyed.

Suárez (Cauca): Dissidents attacked the police base in the town with explosive-laden drones from around 10 a.m. At least four drones dropped charges on the base, wounding two police officers, the police said. Troops and police then fought the attackers in the hills above the town for about two hours; the army said one dissident was killed.

Cali: Police defused a car bomb parked near a military base in the Meléndez neighbourhood in the early afternoon after a tip-off from residents, the Cali police commander said. The car contained about 50 kg of explosives.

El Plateado, Argelia (Cauca): A crowd of about 200 residents surrounded and held 28 soldiers for several hours after an army operation in the area, accusing them of abuses; the Ombudsman's office negotiated their release in the evening. The Defence Ministry called it a "kidnapping" instigated by the dissidents.

19:40 - President Gustavo Petro called the attacks "terrorism" and said the EMC faction led by Iván Mordisco was trying to "sabotage" peace efforts. Defence Minister Pedro Sánchez offered a reward of 400 million pesos for information on those responsible.

18:05 - Background: The EMC split in 2024, and the Mordisco faction has escalated attacks on security forces in Cauca since talks with it collapsed. On April 24, dissidents killed two soldiers and a police officer in an attack on a checkpoint in Huila. Jamundí was hit by a car bomb in March 2024 that caused damage but no deaths.

16:30 - The Ombudsman's office said the attacks had forced schools in Jamundí and Suárez to close for the rest of the week. We'll continue to update this page.
""",
 E('IED', 'Estado Mayor Central', 'Civilians (Colombia)', 'rel:Tuesday', L('Jamundí', 'CO', 'Valle del Cauca'), 2, 'A motorcycle loaded with explosives blew up'),
 E('AIR', 'Estado Mayor Central', 'Police Forces of Colombia', 'rel:Tuesday', L('Suárez', 'CO', 'Cauca'), None, 'Dissidents attacked the police base in the town with explosive-laden drones'),
 E('AC', 'Military Forces of Colombia', 'Estado Mayor Central', 'rel:Tuesday', L('Suárez', 'CO', 'Cauca', 2), 1, 'Troops and police then fought the attackers'),
 E('DWU', 'Police Forces of Colombia', 'Estado Mayor Central', 'rel:Tuesday', L('Cali', 'CO', 'Valle del Cauca'), None, 'Police defused a car bomb'),
 E('MOB', 'Rioters (Colombia)', 'Military Forces of Colombia', 'rel:Tuesday', L('El Plateado', 'CO', 'Cauca'), None, 'surrounded and held 28 soldiers'),
 E('AC', 'Estado Mayor Central', 'Military Forces of Colombia', '2025-04-24', L('Huila', 'CO', 'Huila', 3), 3, 'dissidents killed two soldiers and a police officer', bg=True),
 E('IED', 'Estado Mayor Central', None, '2024-03', L('Jamundí', 'CO', 'Valle del Cauca'), 0, 'Jamundí was hit by a car bomb', bg=True),
)

# 45 -- Argentina: pensioners' protest at Congress; photographer critically hurt by tear-gas canister; arrests; peaceful march in Córdoba
A('web', '2025-03-13', """
Photographer critically injured, 124 detained as police break up pensioners' protest outside Argentine Congress

By Martín Sosa | Buenos Aires

BUENOS AIRES - A press photographer was in critical condition on Thursday after being hit in the head by a tear-gas canister during clashes outside Argentina's Congress, where police broke up a protest by pensioners and their supporters on Wednesday evening, hospital officials said.

The weekly Wednesday protest by retirees demanding higher pensions drew thousands of people this week after groups of football fans said they would join to "defend the grandparents". Police in riot gear fired tear gas, rubber bullets and water cannon as demonstrators approached the fences around Congress shortly after 5 p.m., and some protesters threw stones and set a patrol car on fire, according to witnesses and television images.

The photographer, Pablo Giménez, 35, was taking pictures near the corner of Avenida Entre Ríos and Hipólito Yrigoyen when he was struck, colleagues said. He underwent surgery for a fractured skull at Ramos Mejía hospital. Security Minister Patricia Bullrich initially said he was "a militant", before saying the case would be investigated.

The city's police said 124 people were detained and about 20 officers were injured. A judge later ordered the release of most of the detainees, saying the arrests lacked justification.

In Córdoba, about 2,000 pensioners and union members marched peacefully to the provincial legislature on Wednesday in solidarity with the protest in the capital.

The government of President Javier Milei, which has cut pensions in real terms as part of its austerity programme, said the violence was organised by "barras bravas" and opposition groups seeking to destabilise the country. Unions called for a general strike.

Pensioners have protested outside Congress every Wednesday for more than a year. On the same spot in September last year, police pepper-sprayed a 10-year-old girl during a pensioners' rally, an image that caused outrage across the country.

The national ombudsman called for a review of the security ministry's protocol, which allows police to clear roads without a court order.
""",
 E('VD', 'Rioters (Argentina)', 'Police Forces of Argentina', 'rel:Wednesday', L('Buenos Aires', 'AR', 'Buenos Aires'), None, "clashes outside Argentina's Congress"),
 E('PP', 'Protesters (Argentina)', None, 'rel:Wednesday', L('Córdoba', 'AR', 'Córdoba'), None, 'marched peacefully to the provincial legislature'),
 E('PWI', 'Protesters (Argentina)', 'Police Forces of Argentina', '2024-09', L('Buenos Aires', 'AR', 'Buenos Aires'), None, 'police pepper-sprayed a 10-year-old girl', bg=True),
)
# 46 -- DRC Ituri: CODECO vs Zaire militia clash; CODECO attack on displaced camp; M23 HQ / parallel administration; background
A('wire', '2025-03-20', """
BUNIA, Democratic Republic of Congo (Great Lakes Wire) - Fighters of the CODECO militia and the rival Zaire group fought for several hours around a gold mining site in Congo's northeastern Ituri province on Tuesday, leaving at least 11 dead, local officials and a civil society leader said.

The fighting broke out in the morning at the Mbidjo mining site in Djugu territory, when CODECO fighters, drawn mostly from the Lendu community, attacked positions held by Zaire, a militia that claims to defend the Hema community, said Jean-Pierre Lossa, a civil society leader in the area. He said nine militiamen and two miners were killed. The army said it had sent troops to the area.

A day later, on Wednesday, suspected CODECO fighters attacked a camp for displaced people at Lala, about 30 km (20 miles) away, burning shelters and killing three women who were collecting firewood, the camp's president said. UN peacekeepers based nearby fired warning shots and the attackers withdrew.

Further south, the M23 rebel group said on Wednesday it had installed a new "provincial administration" and a military command headquarters in Bukavu, the capital of South Kivu, which its fighters seized in February. The Congolese government called the move "illegal" and "null and void".

Ituri has been torn by violence between Lendu and Hema militias for decades. The latest cycle began in 2017 and has killed thousands of people. In February 2022, CODECO fighters attacked the Plaine Savo camp for displaced people in Djugu, killing more than 60 people, one of the deadliest attacks of recent years.

The Congolese army, stretched thin by its war against the Rwanda-backed M23 in the Kivu provinces, has moved some units from Ituri southwards, and local leaders say militias have taken advantage of the gap. Uganda deployed additional troops in Ituri in February, saying it wanted to protect civilians.

Regional mediators from the East African Community and the Southern African Development Community are due to meet in Nairobi next week to discuss a ceasefire in the east.
""",
 E('AC', 'CODECO', 'Zaire Militia', 'rel:Tuesday', L('Djugu', 'CD', 'Ituri', 2), 11, 'fought for several hours around a gold mining site'),
 E('ATK', 'CODECO', 'Civilians (Democratic Republic of Congo)', 'rel:Wednesday', L('Lala', 'CD', 'Ituri'), 3, 'suspected CODECO fighters attacked a camp for displaced people'),
 E('HQ', 'M23', None, 'rel:Wednesday', L('Bukavu', 'CD', 'South Kivu'), None, 'a military command headquarters in Bukavu'),
 E('NSO', 'M23', 'Military Forces of Democratic Republic of Congo', '2025-02', L('Bukavu', 'CD', 'South Kivu'), None, 'which its fighters seized in February', bg=True),
 E('ATK', 'CODECO', 'Civilians (Democratic Republic of Congo)', '2022-02', L('Plaine Savo', 'CD', 'Ituri', 2), 60, 'CODECO fighters attacked the Plaine Savo camp', bg=True),
)

# 47 -- Nepal follow-up: toll from Monday's protest shootings rises; parliament set on fire; curfew; army takes over streets
A('wire', '2025-09-10', """
KATHMANDU (South Asia Wire) - The death toll from Monday's police shootings of young protesters in Nepal rose to 22 on Wednesday, hospital officials said, a day after crowds set fire to the parliament building and the homes of senior politicians and Prime Minister K.P. Sharma Oli resigned.

Nineteen people were killed in Kathmandu on Monday when police opened fire on thousands of mostly young demonstrators who broke through barricades near the parliament building in the New Baneshwor area, protesting a ban on social media platforms and government corruption. Three of the wounded died in hospital on Tuesday and Wednesday, officials at the Civil Service Hospital and the National Trauma Centre said.

On Tuesday, defying a curfew, protesters stormed the Federal Parliament complex and set it on fire, along with the Singha Durbar government secretariat and the Supreme Court, witnesses said. Crowds also torched the private homes of several ministers and party leaders in Kathmandu, set fire to the house of a former prime minister in Lalitpur, and beat a former minister in the street. Police said three officers were killed in Tuesday's violence across the capital.

The army took control of the streets of Kathmandu on Tuesday night and imposed a nationwide curfew. Soldiers patrolled the deserted capital on Wednesday, and the army chief called on protest leaders to hold talks.

In Pokhara, protesters set fire to the office of the ruling Nepali Congress party on Tuesday, police said.

The government had lifted the social media ban on Monday night after the shootings. Oli, who had led a coalition government since July last year, resigned on Tuesday afternoon.

It was the deadliest unrest in Nepal since the 2006 democracy movement that ended the absolute rule of King Gyanendra. Rights groups demanded an independent investigation into the police shootings, and the United Nations human rights chief said he was "shocked" by the killings.

Young protesters, who call their movement a "Gen Z" uprising, said they wanted a new interim government led by people untainted by corruption. Talks between the army, protest representatives and President Ram Chandra Poudel were expected to continue on Thursday.
""",
 E('EXF', 'Police Forces of Nepal', 'Protesters (Nepal)', 'rel:Monday', L('Kathmandu', 'NP', 'Bagmati'), 22, "Monday's police shootings of young protesters"),
 E('VD', 'Rioters (Nepal)', 'Police Forces of Nepal', 'rel:Tuesday', L('Kathmandu', 'NP', 'Bagmati'), 3, 'protesters stormed the Federal Parliament complex'),
 E('VD', 'Rioters (Nepal)', None, 'rel:Tuesday', L('Lalitpur', 'NP', 'Bagmati'), None, 'set fire to the house of a former prime minister in Lalitpur'),
 E('VD', 'Rioters (Nepal)', 'Nepali Congress', 'rel:Tuesday', L('Pokhara', 'NP', 'Gandaki'), None, 'protesters set fire to the office of the ruling Nepali Congress party'),
)
# 48 -- anniversary, no news event: Crocus City Hall attack; background events (attack; arrests); claim
A('wire', '2025-03-22', """
MOSCOW (Eastern Europe Wire) - Hundreds of people laid flowers and lit candles outside the burned-out shell of the Crocus City Hall concert venue near Moscow on Saturday, a year after gunmen killed 145 people there in the deadliest attack in Russia in two decades.

Relatives of the victims, many holding photographs, stood in silence at a makeshift memorial of soft toys and carnations by the fence around the building in Krasnogorsk, just outside the Moscow city limits. Church bells rang at 8 p.m., the time the attack began. Metropolitan Filaret led a memorial service at a chapel built on the site.

On March 22, 2024, four gunmen in camouflage opened fire on concertgoers waiting for a performance by the rock band Picnic, then set the hall on fire. Most of the victims died from gunshot wounds or smoke inhalation. The Islamic State group's Afghan branch, Islamic State-Khorasan, claimed responsibility within hours.

The four suspected gunmen, all citizens of Tajikistan, were detained the following day in the Bryansk region near the border with Ukraine, Russia's Federal Security Service said at the time. Russian officials have repeatedly suggested, without giving evidence, that Ukraine and Western intelligence services were behind the attack, which Kyiv has denied.

The trial of 19 defendants, including the four alleged gunmen, is expected to begin this spring at a military court in Moscow. Investigators said in February that the case was complete and that the attack had been ordered by "the Kyiv regime", a claim Ukraine dismissed as absurd.

The attack led to a crackdown on migrants from Central Asia in Russia, with new restrictions on work permits and raids on workers' hostels. Rights groups say many migrants have faced harassment and deportation.

The owners of Crocus Group said they plan to rebuild the hall, with a memorial to the victims, by 2026. "We will never forget," said Tatyana, whose daughter, a 22-year-old student, died in the fire. "But I still don't know why."

Islamic State-Khorasan has also claimed attacks in Iran, Afghanistan and Pakistan, including twin bombings in Kerman, Iran, on January 3, 2024, which killed more than 90 people at a memorial for the slain Iranian general Qassem Soleimani.
""",
 E('ATK', 'Islamic State-Khorasan', 'Civilians (Russia)', '2024-03-22', L('Krasnogorsk', 'RU', 'Moscow Oblast'), 145, 'four gunmen in camouflage opened fire on concertgoers', bg=True),
 E('ARR', 'Federal Security Service (Russia)', 'Islamic State-Khorasan', '2024-03-23', L('Bryansk', 'RU', 'Bryansk Oblast', 3), None, 'were detained the following day in the Bryansk region', bg=True),
 E('IED', 'Islamic State-Khorasan', 'Civilians (Iran)', '2024-01-03', L('Kerman', 'IR', 'Kerman'), 90, 'twin bombings in Kerman', bg=True),
)

# 49 -- report, no news event: Europol TE-SAT-style report; statistics; a few dated background attacks
A('web', '2025-06-25', """
Jihadist attacks in EU rose last year as suspects got younger, Europol report finds

By Claire Dumont | Brussels

BRUSSELS - The number of completed, failed and foiled terrorist attacks in the European Union rose last year, with jihadist plots making up the largest share and a growing number of suspects aged under 20, the EU police agency Europol said in its annual terrorism report on Wednesday.

Member states reported 58 terrorist attacks in 2024, of which 34 were completed, 5 failed and 19 were foiled, compared with 120 the year before, when a large number of attacks by separatist groups in Corsica were counted. Jihadist attacks accounted for 24 of the total. Six people were killed in completed attacks, the report said. Police arrested 449 people on terrorism-related charges across 20 countries.

Europol said online propaganda and encrypted messaging apps had made it easier for teenagers to radicalise "within weeks", often without any contact with an organised group. About a third of those arrested for jihadist terrorism were aged between 12 and 20.

The report highlighted several attacks that shaped the year. On August 23, a man stabbed three people to death at a festival in Solingen, Germany, an attack claimed by Islamic State. In Mannheim, a police officer was fatally stabbed at an anti-Islam rally in May. In Austria, police thwarted a plot to attack a Taylor Swift concert in Vienna in August, arresting a 19-year-old suspect in Ternitz on August 7.

Right-wing extremist attacks remained rare but arrests rose, with a growing number of suspects active in online networks that glorify mass shooters, the agency said. Left-wing and anarchist attacks, concentrated in Italy, Greece and Germany, mostly targeted property and infrastructure.

"The threat has become younger, faster and more fragmented," Europol's executive director Catherine De Bolle said at the report's presentation. She urged tech companies to do more to remove violent content.

The report also warned that the conflicts in the Middle East and Ukraine continued to be exploited for propaganda by both jihadist and right-wing groups, and that sabotage on behalf of state actors was an emerging concern.

EU interior ministers will discuss a new counter-terrorism agenda at a meeting in Luxembourg next month.
""",
 E('ATK', 'Islamic State', 'Civilians (Germany)', '2024-08-23', L('Solingen', 'DE', 'North Rhine-Westphalia'), 3, 'a man stabbed three people to death at a festival in Solingen', bg=True),
 E('ATK', 'Unidentified Armed Group (Germany)', 'Police Forces of Germany', '2024-05', L('Mannheim', 'DE', 'Baden-Württemberg'), 1, 'a police officer was fatally stabbed at an anti-Islam rally', bg=True),
 E('DWU', 'Police Forces of Austria', 'Islamic State', '2024-08-07', L('Ternitz', 'AT', 'Lower Austria'), None, 'police thwarted a plot to attack a Taylor Swift concert', bg=True, mod='foiled'),
)

# 50 -- court verdict, no news event: Marielle Franco murder trial; background killing; background arrests
A('web', '2024-11-01', """
Rio court convicts two former police officers of murdering councilwoman Marielle Franco

By Camila Rocha | Rio de Janeiro

RIO DE JANEIRO - A jury in Rio de Janeiro on Thursday convicted two former military police officers of the 2018 murder of city councilwoman Marielle Franco and her driver, Anderson Gomes, more than six and a half years after the killing shocked Brazil.

Ronnie Lessa, who confessed to firing the shots, was sentenced to 78 years and nine months in prison, and Élcio de Queiroz, who drove the car used in the attack, to 59 years and eight months. Both had signed plea deals with prosecutors in which they described the planning of the crime and named those they say ordered it.

On the night of March 14, 2018, Franco, a 38-year-old Black, gay politician from the Maré favela complex who denounced police violence and militias, was shot dead in her car in the Estácio neighbourhood of central Rio after leaving a debate with young Black women. Gomes was also killed. A press aide sitting in the back seat survived.

Lessa and Queiroz were arrested in Rio on March 12, 2019. The investigation then stalled for years until federal police took it over in 2023. In March 2024, federal police arrested three men accused of ordering the murder, among them a federal lawmaker and a former head of Rio's civil police; they are due to be tried separately by the Supreme Court and deny the charges.

Franco's widow, Mônica Benício, and her sister, Minister of Racial Equality Anielle Franco, embraced in tears as the sentences were read. "Today we have a piece of justice," Anielle Franco told reporters outside the courthouse. "We still need to know every name."

Prosecutors said the murder was ordered because Franco's work threatened the interests of militias involved in illegal land development in Rio's west zone. Militias, made up largely of former and off-duty police officers, control large parts of the city.

The defence lawyers said they would not appeal. Franco's family said the institute named after her would keep pressing for the trial of the men accused of ordering the killing.
""",
 E('ATK', 'Police Militia (Brazil)', 'Civilians (Brazil)', '2018-03-14', L('Rio de Janeiro', 'BR', 'Rio de Janeiro'), 2, 'was shot dead in her car', bg=True),
 E('ARR', 'Police Forces of Brazil', 'Police Militia (Brazil)', '2019-03-12', L('Rio de Janeiro', 'BR', 'Rio de Janeiro'), None, 'Lessa and Queiroz were arrested', bg=True),
 E('ARR', 'Police Forces of Brazil', 'Civilians (Brazil)', '2024-03', L('Brazil', 'BR', None, 4), None, 'federal police arrested three men', bg=True),
)
