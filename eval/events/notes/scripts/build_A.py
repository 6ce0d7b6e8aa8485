#!/usr/bin/env python3
"""Annotator A: training notes for tidings. Holds texts + codes; writes notes-A.jsonl and texts-A.jsonl.
The helpers (taxonomy, evidence spans, relative dates, validation, writing) are in _a_common.py."""
import atexit

from _a_common import E, L, N, main

atexit.register(main)

# ======================= DATA =======================
# ---- batch 1 ----
N('acled-note', '2021-02-16', "On 14 February 2021, Military Forces of Nigeria clashed with ISWAP militants near Gubio (Borno). Nine militants and two soldiers were killed.",
  E('AC', 'Military Forces of Nigeria', 'Islamic State West Africa Province', '2021-02-14', L('Gubio', 'NG', 'Borno', 2), 11, 'clashed'))
N('wire', '2018-07-09', "MOGADISHU, Somalia (AP) — A suicide bomber drove an explosives-laden car into a police checkpoint near the parliament building in Mogadishu on Sunday, killing at least eight people, police said. Al-Shabab claimed responsibility for the attack in a statement on its Andalus radio. \"The blast destroyed two minibuses and a kiosk,\" police officer Abdikadir Hassan said.",
  E('SB', 'Al Shabaab', 'Police Forces of Somalia', 'rel:Sunday', L('Mogadishu', 'SO', 'Banadir', 1), 8, 'A suicide bomber drove an explosives-laden car'))
N('web', '2023-07-15', "Protesters blocked the main road in Kisumu on Friday demanding the release of detained opposition activists. The demo was peaceful and police watched from a distance.",
  E('PP', 'Protesters (Kenya)', None, 'rel:Friday', L('Kisumu', 'KE', 'Kisumu', 1), 0, 'Protesters blocked the main road'))
N('acled-note', '2022-06-25', "On 22 June 2022, unidentified gunmen abducted 4 civilians, including a village chief, in Bwanasura village (Djugu, Ituri). The hostages' whereabouts remain unknown.",
  E('ABD', 'Unidentified Armed Group (Democratic Republic of Congo)', 'Civilians (Democratic Republic of Congo)', '2022-06-22', L('Bwanasura', 'CD', 'Ituri', 1), None, 'abducted'))
N('wire', '2024-04-10', "GENEVA (Reuters) - The war in Yemen has killed more than 150,000 people since 2015, including fighters and civilians, according to figures released on Tuesday by a monitoring group. The report warned that air strikes and shelling remained the main killers of children in the country.")
N('acled-note', '2024-09-10', "On 9 September 2024, Russian forces shelled Kupiansk (Kharkiv), killing 2 civilians and wounding 5.",
  E('SH', 'Military Forces of Russia', 'Civilians (Ukraine)', '2024-09-09', L('Kupiansk', 'UA', 'Kharkiv', 1), 2, 'shelled'))
N('acled-note', '2017-04-20', "On 18 April 2017, a Syrian government aircraft dropped munitions containing chlorine on Al-Lataminah (Hama), injuring at least 30 people who suffered breathing difficulties. No fatalities were reported.",
  E('CW', 'Military Forces of Syria', 'Civilians (Syria)', '2017-04-18', L('Al-Lataminah', 'SY', 'Hama', 1), 0, 'dropped munitions containing chlorine'))
N('wire', '2007-05-14', "BAGHDAD 2007-05-14\nA roadside bomb exploded near a U.S. patrol in Baghdad 's Dora district on Monday , killing two American soldiers , the military said . No group claimed responsibility .",
  E('IED', 'Unidentified Armed Group (Iraq)', 'Military Forces of the United States', 'rel:Monday', L('Baghdad - Dora', 'IQ', 'Baghdad', 1), 2, 'A roadside bomb exploded'))
N('web', '2021-03-02', "Mob beats suspected thief to death in Kano market. A crowd at Kantin Kwari market set upon a man accused of stealing a phone on Sunday evening and beat him to death before police arrived, witnesses told us.",
  E('MOB', 'Rioters (Nigeria)', 'Civilians (Nigeria)', 'rel:Sunday', L('Kano', 'NG', 'Kano', 1), 1, 'set upon a man'))
N('acled-note', '2020-11-07', "On 5 November 2020, police forces fired live ammunition at protesters demanding the resignation of the governor in Bukavu (South Kivu), killing 2 and injuring several others.",
  E('EXF', 'Police Forces of Democratic Republic of Congo', 'Protesters (Democratic Republic of Congo)', '2020-11-05', L('Bukavu', 'CD', 'South Kivu', 1), 2, 'fired live ammunition at protesters'))
N('wire', '2021-06-24', "KABUL, Afghanistan (AP) — Taliban fighters overran the Dasht-e-Archi district headquarters in northern Kunduz province on Wednesday, a provincial council member said. Government troops withdrew toward the provincial capital, he said. \"The Taliban now control the district center and the police station,\" said council member Ghulam Rabbani.",
  E('NSO', 'Taliban', 'Military Forces of Afghanistan', 'rel:Wednesday', L('Dasht-e-Archi', 'AF', 'Kunduz', 1), None, 'overran'))
N('acled-note', '2019-02-01', "On 30 January 2019, Military Forces of Mali, supported by French Barkhane troops, recaptured the town of Boulkessi (Mopti) from JNIM militants after heavy fighting; 6 militants were killed.",
  E('GRT', 'Military Forces of Mali', 'JNIM: Group for Support of Islam and Muslims', '2019-01-30', L('Boulkessi', 'ML', 'Mopti', 1), 6, 'recaptured'))
N('brief', '2022-11-30', "Analysts say army drone strikes in Burkina Faso have become more frequent over the past year, though the defence ministry denies ever targeting civilians.")
N('acled-note', '2015-08-14', "On 12 August 2015, a suicide bomber detonated his vest inside a mosque in Maiduguri (Borno) during evening prayers, killing 13 worshippers. Boko Haram is suspected.",
  E('SB', 'Boko Haram', 'Civilians (Nigeria)', '2015-08-12', L('Maiduguri', 'NG', 'Borno', 1), 13, 'a suicide bomber detonated his vest'))
N('wire', '2018-10-26', "SRINAGAR, India (Reuters) - Suspected militants hurled a grenade at a police vehicle in Anantnag town on Thursday, wounding three policemen and two passers-by, police said. A police spokesman said the area had been cordoned off and a search was under way.",
  E('GR', 'Unidentified Armed Group (India)', 'Police Forces of India', 'rel:Thursday', L('Anantnag', 'IN', 'Jammu and Kashmir', 1), None, 'hurled a grenade'))
N('acled-note', '2024-05-04', "On 2 May 2024, the Sudanese Armed Forces (SAF) conducted airstrikes on RSF positions in Mellit (North Darfur), killing at least 15 people, including civilians.",
  E('AIR', 'Military Forces of Sudan', 'Rapid Support Forces', '2024-05-02', L('Mellit', 'SD', 'North Darfur', 1), 15, 'conducted airstrikes'))
N('web', '2024-02-20', "Police fired tear gas to disperse hundreds of students marching against fee hikes in Kampala's Wandegeya on Monday; 23 were arrested, no serious injuries reported.",
  E('PWI', 'Protesters (Uganda)', 'Police Forces of Uganda', 'rel:Monday', L('Kampala - Wandegeya', 'UG', 'Kampala', 1), 0, 'fired tear gas to disperse'))
N('acled-note', '2016-07-09', "On 7 July 2016, SPLA-IO fighters and SPLA soldiers exchanged fire at a checkpoint in Juba (Central Equatoria); 5 soldiers were killed.",
  E('AC', 'SPLM/A-In Opposition', 'Military Forces of South Sudan', '2016-07-07', L('Juba', 'SS', 'Central Equatoria', 1), 5, 'exchanged fire'))
N('wire', '1998-03-11', "COLOMBIA REBELS KIDNAP OIL WORKERS\nBOGOTA 1998-03-11\nLeftist ELN guerrillas kidnapped six oil workers , including two foreigners , from a pipeline camp near Saravena in Arauca province on Tuesday , army officials said .",
  E('ABD', 'ELN: National Liberation Army', 'Civilians (Colombia)', 'rel:Tuesday', L('Saravena', 'CO', 'Arauca', 2), None, 'kidnapped'))
N('wire', '2016-05-17', "NAIROBI (Reuters) - Four men accused of financing al Shabaab militants went on trial in Nairobi on Monday, with prosecutors calling a bank officer to describe money transfers to Somalia. The defendants deny the charges and face up to 20 years in prison if convicted.")
N('acled-note', '2022-10-29', "On 27 October 2022, Police Forces of Iran arrested 14 students and a journalist during a raid on a dormitory in Tabriz (East Azerbaijan), accusing them of organising anti-government protests.",
  E('ARR', 'Police Forces of Iran', 'Civilians (Iran)', '2022-10-27', L('Tabriz', 'IR', 'East Azerbaijan', 1), 0, 'arrested'))
N('acled-note', '2021-03-17', "On 15 March 2021, Police Forces of Mozambique defused an improvised explosive device planted on the road between Mocímboa da Praia and Mueda (Cabo Delgado).",
  E('DWU', 'Police Forces of Mozambique', None, '2021-03-15', L('Mocímboa da Praia', 'MZ', 'Cabo Delgado', 2), 0, 'defused an improvised explosive device'))
N('wire', '2020-10-12', "LAGOS, Nigeria (AP) — Hundreds of protesters angered by the killing of a motorcyclist by a police officer set fire to a police station and hurled stones at officers in Lagos' Ikorodu district on Saturday, police said. Officers fired tear gas to disperse the crowd. No deaths were reported.",
  E('VD', 'Rioters (Nigeria)', 'Police Forces of Nigeria', 'rel:Saturday', L('Lagos - Ikorodu', 'NG', 'Lagos', 1), 0, 'set fire to a police station'))
N('acled-note', '2019-08-03', "On 1 August 2019, a landmine planted by unidentified militants exploded under a civilian truck near Djibo (Soum, Sahel), killing 4 civilians.",
  E('IED', 'Unidentified Armed Group (Burkina Faso)', 'Civilians (Burkina Faso)', '2019-08-01', L('Djibo', 'BF', 'Sahel', 2), 4, 'a landmine planted by unidentified militants exploded'))
N('web', '2017-09-05', "Opinion: Pakistan's new counterterrorism law, which allows 30-day detention without charge, will not stop the bombings in the northwest, writes a retired army general. Security needs police reform, not more powers.")
N('acled-note', '2023-11-21', "On 19 November 2023, Israeli forces conducted a drone strike on a car in Jenin (West Bank), killing 3 Palestinian militants.",
  E('AIR', 'Military Forces of Israel', 'Unidentified Armed Group (Palestine)', '2023-11-19', L('Jenin', 'PS', 'West Bank', 1), 3, 'conducted a drone strike'))
N('wire', '2020-03-16', "BAMAKO, Mali (Reuters) - Gunmen on motorbikes attacked the village of Kéra-Peulh in central Mali on Saturday, shooting residents and burning huts, killing at least 35 people, a local official said. The attack came a day after a clash between the army and militants near Bankass that killed four soldiers, the army said.",
  E('ATK', 'Unidentified Armed Group (Mali)', 'Civilians (Mali)', 'rel:Saturday', L('Kéra-Peulh', 'ML', 'Mopti', 1), 35, 'attacked the village'),
  E('AC', 'Military Forces of Mali', 'Unidentified Armed Group (Mali)', '2020-03-13', L('Bankass', 'ML', 'Mopti', 2), 4, 'a clash'))
N('acled-note', '2025-06-06', "On 4 June 2025, Military Forces of Myanmar shelled Kyauktaw town (Rakhine), killing 3 civilians. On the same day, the Arakan Army said it had repelled a ground assault by junta troops near the town.",
  E('SH', 'Military Forces of Myanmar', 'Civilians (Myanmar)', '2025-06-04', L('Kyauktaw', 'MM', 'Rakhine', 1), 3, 'shelled'),
  E('AC', 'Military Forces of Myanmar', 'Arakan Army', '2025-06-04', L('Kyauktaw', 'MM', 'Rakhine', 2), None, 'repelled a ground assault'))
N('brief', '2015-08-03', "Two grenades were thrown into a bar in Bujumbura's Kinama neighbourhood late Saturday, killing one and injuring 11. Police blamed 'criminals'.",
  E('GR', 'Unidentified Armed Group (Burundi)', 'Civilians (Burundi)', 'rel:Saturday', L('Bujumbura - Kinama', 'BI', 'Bujumbura Mairie', 1), 1, 'Two grenades were thrown'))
N('wire', '2023-08-19', "ISLAMABAD (Reuters) - The Pakistani militant faction Hizb-ul-Ahrar said on Friday it had chosen Maulana Hakimullah Wazir as its new leader, six days after its founder was killed in a drone strike in Afghanistan's Paktika province for which no one has claimed responsibility.",
  E('CHG', 'Hizb-ul-Ahrar', None, 'rel:Friday', L('Pakistan', 'PK', None, 4), 0, 'had chosen Maulana Hakimullah Wazir as its new leader'),
  E('AIR', None, 'Hizb-ul-Ahrar', '2023-08-12', L('Paktika', 'AF', 'Paktika', 3), 1, 'drone strike'))
# ---- batch 2 ----
N('acled-note', '2019-03-14', "On 11 March 2019, soldiers of the Military Forces of the Democratic Republic of Congo raped 3 women in Kalehe (South Kivu) while the women were returning from their fields.",
  E('SV', 'Military Forces of Democratic Republic of Congo', 'Civilians (Democratic Republic of Congo)', '2019-03-11', L('Kalehe', 'CD', 'South Kivu', 1), None, 'raped'))
N('wire', '2018-12-03', "JUBA, South Sudan (AP) — Armed men in uniform raped at least 12 women and girls collecting firewood outside the town of Bentiu on Friday, U.N. officials said. \"The survivors were treated at our clinic,\" an UNMISS spokeswoman said. The mission has documented more than 150 cases of sexual violence in the area this year.",
  E('SV', 'Unidentified Armed Group (South Sudan)', 'Civilians (South Sudan)', 'rel:Friday', L('Bentiu', 'SS', 'Unity', 2), None, 'raped'))
N('acled-note', '2020-05-27', "On 25 May 2020, Al Shabaab withdrew from Sabiid (Lower Shabelle) without a fight; Military Forces of Somalia entered the town later that day.",
  E('NVT', 'Military Forces of Somalia', 'Al Shabaab', '2020-05-25', L('Sabiid', 'SO', 'Lower Shabelle', 1), 0, 'withdrew from Sabiid'))
N('wire', '2025-02-15', "ADDIS ABABA (Reuters) - Ethiopia's federal government and the Oromo Liberation Army signed a ceasefire agreement in Dar es Salaam on Thursday, Tanzanian mediators said. Both sides agreed to allow humanitarian access to western Oromia, according to a joint statement.",
  E('AGR', 'Government of Ethiopia', 'OLA: Oromo Liberation Army', 'rel:Thursday', L('Dar es Salaam', 'TZ', 'Dar es Salaam', 1), 0, 'signed a ceasefire agreement'))
N('web', '2021-07-15', "Human Rights Watch said on Wednesday that at least 200 people had been abducted by armed groups in Zamfara state in the first six months of the year, and urged authorities to act.")
N('acled-note', '2021-10-05', "On 3 October 2021, bandits raided Kaura village (Zamfara), looting livestock and foodstuff and burning granaries. No casualties were reported.",
  E('LOOT', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', '2021-10-03', L('Kaura', 'NG', 'Zamfara', 1), 0, 'looting livestock and foodstuff'))
N('acled-note', '2023-02-14', "On 12 February 2023, Al Shabaab established a new base in Bulo Fulay village (Bay), according to local sources.",
  E('HQ', 'Al Shabaab', None, '2023-02-12', L('Bulo Fulay', 'SO', 'Bay', 1), 0, 'established a new base'))
N('wire', '2019-05-26', "DAMASCUS, Syria (AP) — Syrian troops backed by Russian air power retook the town of Tal Sakhr in northern Hama province on Saturday after weeks of fighting with insurgents led by Hayat Tahrir al-Sham, state media said. Opposition activists said the insurgents withdrew after the army pushed into the town. At least 18 fighters from both sides were killed, the Britain-based Syrian Observatory for Human Rights said.",
  E('GRT', 'Military Forces of Syria', 'Hayat Tahrir al-Sham', 'rel:Saturday', L('Tal Sakhr', 'SY', 'Hama', 1), 18, 'retook'))
N('brief', '2022-01-11', "Gunmen shot dead a local journalist outside his home in Mazatlán, Sinaloa, on Monday night, state prosecutors said.",
  E('ATK', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', 'rel:Monday', L('Mazatlán', 'MX', 'Sinaloa', 1), 1, 'shot dead'))
N('acled-note', '2021-03-27', "On 25 March 2021, about 200 opposition supporters gathered in Minsk to mark Freedom Day; riot police dispersed the gathering and detained 40 people.",
  E('PWI', 'Protesters (Belarus)', 'Police Forces of Belarus', '2021-03-25', L('Minsk', 'BY', 'Minsk', 1), 0, 'gathered'))
N('wire', '2021-03-28', "YANGON, Myanmar (Reuters) - Security forces opened fire on anti-coup protesters in the central town of Monywa on Saturday, killing at least six people, witnesses said. \"They shot at us without any warning,\" said a 24-year-old protester. State television said security forces had used \"minimum force\" against \"rioters\".",
  E('EXF', 'Military Forces of Myanmar', 'Protesters (Myanmar)', 'rel:Saturday', L('Monywa', 'MM', 'Sagaing', 1), 6, 'opened fire on anti-coup protesters'))
N('wire', '1999-08-03', "KINSHASA 1999-08-03\nRwandan-backed rebels said on Monday they had captured the town of Ikela in central Congo after three days of fighting with government troops , a claim the government denied .",
  E('NSO', 'RCD: Congolese Rally for Democracy', 'Military Forces of Democratic Republic of Congo', 'rel:Monday', L('Ikela', 'CD', 'Tshuapa', 1), None, 'captured', mod='claimed'))
N('acled-note', '2023-07-31', "On 29 July 2023, JNIM militants ambushed a Malian army convoy between Boni and Hombori (Mopti), triggering a firefight that lasted several hours. The army reported 4 soldiers killed and claimed dozens of assailants were neutralized.",
  E('AC', 'JNIM: Group for Support of Islam and Muslims', 'Military Forces of Mali', '2023-07-29', L('Boni', 'ML', 'Mopti', 2), 16, 'ambushed'))
N('web', '2019-07-14', "Mob torches Christian homes in Minya village. Villagers in Ezbet Sultan set fire to three Christian homes on Friday after rumours spread that a church would be built; no one was hurt, officials said.",
  E('MOB', 'Rioters (Egypt)', 'Civilians (Egypt)', 'rel:Friday', L('Ezbet Sultan', 'EG', 'Minya', 1), 0, 'set fire to three Christian homes'))
N('acled-note', '2017-12-08', "On 6 December 2017, Saudi-led coalition airstrikes hit a house in Sahar district (Saada), killing 7 civilians, including 4 children.",
  E('AIR', 'Military Forces of Saudi Arabia', 'Civilians (Yemen)', '2017-12-06', L('Sahar', 'YE', 'Saada', 2), 7, 'airstrikes hit a house'))
N('wire', '2023-04-21', "WASHINGTON (AP) — The State Department on Thursday designated a Russian private military company a transnational criminal organization, citing its role in killings of civilians in Mali and the Central African Republic. Officials said the sanctions would target the group's gold trade.")
N('acled-note', '2014-01-16', "On 14 January 2014, an unidentified assailant threw a grenade at a group of Seleka fighters in the PK5 district of Bangui (Bangui), killing 1 fighter.",
  E('GR', 'Unidentified Armed Group (Central African Republic)', 'Seleka Militia', '2014-01-14', L('Bangui - PK5', 'CF', 'Bangui', 1), 1, 'threw a grenade'))
N('wire', '2014-06-12', "PESHAWAR, Pakistan (Reuters) - A suicide bomber blew himself up at a police checkpoint on the outskirts of Peshawar on Wednesday, killing himself and four policemen, officials said. The Pakistani Taliban claimed responsibility. It was the third attack on police in the city this month.",
  E('SB', 'TTP: Tehreek-i-Taliban Pakistan', 'Police Forces of Pakistan', 'rel:Wednesday', L('Peshawar', 'PK', 'Khyber Pakhtunkhwa', 2), 5, 'A suicide bomber blew himself up'))
N('acled-note', '2022-02-22', "On 20 February 2022, TPLF forces fired artillery rounds into Kobo town (North Wello, Amhara), damaging several houses. Casualties are unknown.",
  E('SH', "TPLF: Tigray People's Liberation Front", 'Civilians (Ethiopia)', '2022-02-20', L('Kobo', 'ET', 'Amhara', 1), None, 'fired artillery rounds'))
N('wire', '2017-05-04', "CARACAS, Venezuela (AP) — National Guard troops fired tear gas and rubber bullets at thousands of opposition supporters marching toward the Supreme Court in Caracas on Wednesday. Demonstrators responded by throwing stones and Molotov cocktails, and at least 25 people were injured, according to a local health official. The clashes came a day after a largely peaceful march in the city of Valencia.",
  E('VD', 'Rioters (Venezuela)', 'Military Forces of Venezuela', 'rel:Wednesday', L('Caracas', 'VE', 'Capital District', 1), None, 'throwing stones'),
  E('PP', 'Protesters (Venezuela)', None, '2017-05-02', L('Valencia', 'VE', 'Carabobo', 1), 0, 'a largely peaceful march'))
N('acled-note', '2024-04-12', "On 10 April 2024, Military Forces of Kenya intercepted a vehicle carrying 3 AK-47 rifles, ammunition and bomb-making materials near Garissa (Garissa); the driver fled.",
  E('DWU', 'Military Forces of Kenya', None, '2024-04-10', L('Garissa', 'KE', 'Garissa', 2), 0, 'intercepted a vehicle'))
N('brief', '2022-11-14', "Unknown attackers set fire to the offices of the opposition CPDS party in Mongomo overnight. Nobody was inside, the party said on Monday.",
  E('LOOT', 'Unidentified Armed Group (Equatorial Guinea)', 'CPDS: Convergence for Social Democracy', 'rel:-1', L('Mongomo', 'GQ', 'Wele-Nzas', 1), 0, 'set fire to the offices'))
N('wire', '2022-09-08', "ABUJA, Nigeria (Reuters) - Gunmen abducted 27 students from a boarding school in Kuta, Niger state, early on Wednesday, killing one student who tried to flee, officials said. Police said a rescue operation was under way.",
  E('ABD', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 'rel:Wednesday', L('Kuta', 'NG', 'Niger', 1), 1, 'abducted'))
N('acled-note', '2013-11-01', "On 30 October 2013, Military Forces of the Democratic Republic of Congo took back the town of Bunagana (North Kivu) from M23 rebels, who fled toward the Ugandan border after brief fighting.",
  E('GRT', 'Military Forces of Democratic Republic of Congo', 'M23: March 23 Movement', '2013-10-30', L('Bunagana', 'CD', 'North Kivu', 1), None, 'took back'))
N('web', '2024-01-09', "Why are jihadist attacks rising in coastal West Africa? Experts point to spillover from the Sahel, porous borders and local grievances. Benin alone has recorded more than 100 incidents since 2021.")
N('acled-note', '2018-08-18', "On 16 August 2018, Houthi forces fired a ballistic missile towards Jizan city (Jizan), Saudi Arabia; Saudi air defences intercepted it. No casualties were reported.",
  E('DWU', 'Military Forces of Saudi Arabia', 'Ansar Allah', '2018-08-16', L('Jizan', 'SA', 'Jizan', 1), 0, 'intercepted'))
N('wire', '2022-08-28', "TRIPOLI, Libya (Reuters) - Rival armed groups fought with heavy weapons in Tripoli's Ain Zara district on Saturday, killing at least nine people including two civilians, the health ministry said. A ceasefire brokered by tribal elders came into effect on Saturday evening.",
  E('AC', 'Unidentified Armed Group (Libya)', 'Unidentified Armed Group (Libya)', 'rel:Saturday', L('Tripoli - Ain Zara', 'LY', 'Tripoli', 1), 9, 'fought with heavy weapons'),
  E('AGR', 'Unidentified Armed Group (Libya)', 'Unidentified Armed Group (Libya)', 'rel:Saturday', L('Tripoli - Ain Zara', 'LY', 'Tripoli', 1), 0, 'A ceasefire brokered by tribal elders'))
N('acled-note', '2009-03-06', "On 4 March 2009, Police Forces of Egypt arrested 22 members of the Muslim Brotherhood in Alexandria (Alexandria), including a former MP.",
  E('ARR', 'Police Forces of Egypt', 'Muslim Brotherhood', '2009-03-04', L('Alexandria', 'EG', 'Alexandria', 1), 0, 'arrested'))
N('acled-note', '2024-06-11', "On 9 June 2024, three opposition factions in northern Aleppo announced their merger into a new body called the Liberation Front of the North at a ceremony in Azaz (Aleppo).",
  E('CHG', 'Liberation Front of the North', None, '2024-06-09', L('Azaz', 'SY', 'Aleppo', 1), 0, 'announced their merger'))
N('wire', '2021-01-08', "ADEN, Yemen (AP) — Houthi rebels fired a missile at a military parade ground in Aden on Thursday, killing at least 11 soldiers, Yemeni officials said. The attack came as troops rehearsed for a graduation ceremony. A government spokesman blamed Iran for supplying the missile.",
  E('SH', 'Ansar Allah', 'Military Forces of Yemen', 'rel:Thursday', L('Aden', 'YE', 'Aden', 1), 11, 'fired a missile'))
# ---- batch 3 ----
N('wire', '1997-08-30', "ALGIERS 1997-08-30\nArmed Islamic Group ( GIA ) militants killed 98 villagers in an overnight attack on the village of Haouch Bouzid , south of Algiers , hospital sources said on Saturday . Survivors said the attackers used knives and axes .",
  E('ATK', 'GIA: Armed Islamic Group', 'Civilians (Algeria)', 'rel:-1', L('Haouch Bouzid', 'DZ', 'Blida', 1), 98, 'killed 98 villagers'))
N('wire', '2016-02-15', "GUNMEN KILL SEVEN IN HONDURAS BAR\nSAN PEDRO SULA, Honduras (Reuters) - Gunmen opened fire in a bar in the northern city of San Pedro Sula late on Saturday, killing seven people, police said. Investigators suspect a dispute between rival street gangs.",
  E('ATK', 'Unidentified Armed Group (Honduras)', 'Civilians (Honduras)', 'rel:Saturday', L('San Pedro Sula', 'HN', 'Cortes', 1), 7, 'opened fire in a bar'))
N('acled-note', '2016-05-23', "On 21 May 2016, Islamic State militants fired mortar shells filled with a mustard agent at Marea (Aleppo), injuring 12 people. No deaths were reported.",
  E('CW', 'Islamic State (Syria)', 'Civilians (Syria)', '2016-05-21', L('Marea', 'SY', 'Aleppo', 1), 0, 'fired mortar shells filled with a mustard agent'))
N('brief', '2023-06-30', "The UN Security Council on Thursday extended the mandate of its peacekeeping mission in Mali for another six months, despite objections from the junta in Bamako.")
N('wire', '2019-03-20', "ISTANBUL (Reuters) - Turkish police detained 112 people in raids across 15 provinces on Tuesday targeting suspected Islamic State members, the state-run Anadolu news agency said. The operation was centred in Istanbul, where 47 suspects were held.",
  E('ARR', 'Police Forces of Turkey', 'Islamic State', 'rel:Tuesday', L('Istanbul', 'TR', 'Istanbul', 1), 0, '47 suspects were held'),
  E('ARR', 'Police Forces of Turkey', 'Islamic State', 'rel:Tuesday', L('Turkey', 'TR', None, 4), 0, 'detained 112 people'))
N('acled-note', '2022-03-04', "On 2 March 2022, Military Forces of Burkina Faso established a new forward operating base in Sebba (Yagha, Sahel) to counter JNIM incursions.",
  E('HQ', 'Military Forces of Burkina Faso', None, '2022-03-02', L('Sebba', 'BF', 'Sahel', 1), 0, 'established a new forward operating base'))
N('brief', '2023-03-11', "Residents say ADF fighters killed at least 12 people with machetes in Mukondi village, Beni territory, on Thursday night.",
  E('ATK', 'ADF: Allied Democratic Forces', 'Civilians (Democratic Republic of Congo)', 'rel:Thursday', L('Mukondi', 'CD', 'North Kivu', 1), 12, 'killed at least 12 people'))
N('wire', '2022-04-30', "KABUL (Reuters) - A suicide bomber struck a crowd of worshippers leaving a Shi'ite mosque in western Kabul on Friday, killing at least 19 people, health officials said. Islamic State claimed the bombing through its Amaq news agency. Witnesses said the explosion shattered windows across the street.",
  E('SB', 'Islamic State Khorasan Province', 'Civilians (Afghanistan)', 'rel:Friday', L('Kabul', 'AF', 'Kabul', 1), 19, 'A suicide bomber struck'))
N('acled-note', '2021-08-14', "On 12 August 2021, Afghan government forces handed over Qala-e-Naw city (Badghis) to the Taliban after negotiations mediated by tribal elders. No fighting was reported.",
  E('NVT', 'Taliban', 'Military Forces of Afghanistan', '2021-08-12', L('Qala-e-Naw', 'AF', 'Badghis', 1), 0, 'handed over'))
N('wire', '1996-12-06', "BANGUI 1996-12-06\nMutinous soldiers and troops loyal to President Ange-Felix Patasse exchanged heavy gunfire in Bangui on Thursday , witnesses said . French troops patrolled the city centre . At least three civilians were killed by stray bullets , a Red Cross official said .",
  E('AC', 'Mutiny of Military Forces of Central African Republic', 'Military Forces of Central African Republic', 'rel:Thursday', L('Bangui', 'CF', 'Bangui', 1), 3, 'exchanged heavy gunfire'))
N('acled-note', '2023-07-09', "On 7 July 2023, Ansar Allah (Houthi) authorities imposed a curfew on the old city of Sanaa (Amanat al Asimah) following a dispute between armed tribesmen.",
  E('OTH', 'Ansar Allah', None, '2023-07-07', L('Sanaa', 'YE', 'Amanat al Asimah', 1), 0, 'imposed a curfew', plover='COERCE'))
N('web', '2019-06-24', "Landmine blast kills two herders in Poonch. An old mine exploded near the Line of Control in Poonch district on Sunday, killing two young herders who had strayed into a fenced area, police said.",
  E('IED', None, 'Civilians (India)', 'rel:Sunday', L('Poonch', 'IN', 'Jammu and Kashmir', 2), 2, 'An old mine exploded'))
N('acled-note', '2016-10-28', "On 26 October 2016, Iraqi Counter-Terrorism Service troops regained control of Bartella (Ninewa) from Islamic State militants; 9 militants were killed.",
  E('GRT', 'Military Forces of Iraq', 'Islamic State (Iraq)', '2016-10-26', L('Bartella', 'IQ', 'Ninewa', 1), 9, 'regained control'))
N('acled-note', '2021-09-01', "On 30 August 2021, Fulani ethnic militiamen abducted and raped a 15-year-old girl near Bokkos (Plateau). She was found the next morning.",
  E('SV', 'Fulani Ethnic Militia (Nigeria)', 'Civilians (Nigeria)', '2021-08-30', L('Bokkos', 'NG', 'Plateau', 2), None, 'abducted and raped'))
N('wire', '2023-07-13', "NAIROBI, Kenya (AP) — Police shot dead two demonstrators in the western town of Kisii on Tuesday as protests over the rising cost of living spread, a rights group said. Amnesty Kenya said another 14 people were treated for gunshot wounds. Witnesses said the march had been peaceful until police opened fire.",
  E('EXF', 'Police Forces of Kenya', 'Protesters (Kenya)', 'rel:Tuesday', L('Kisii', 'KE', 'Kisii', 1), 2, 'shot dead two demonstrators'))
N('wire', '2001-06-12', "MANILA 2001-06-12\nPhilippine President Gloria Macapagal Arroyo on Tuesday ruled out negotiations with Abu Sayyaf guerrillas holding 20 hostages on Basilan island , saying the military would press on with its offensive until all captives are freed .")
N('acled-note', '2020-01-07', "On 5 January 2020, an IED detonated against a Military Forces of Niger vehicle near Chinagodrar (Tillaberi), killing 3 soldiers. Islamic State (Greater Sahara) is suspected.",
  E('IED', 'Islamic State (Greater Sahara)', 'Military Forces of Niger', '2020-01-05', L('Chinagodrar', 'NE', 'Tillaberi', 2), 3, 'an IED detonated'))
N('brief', '2023-10-28', "Police in Dhaka arrested the BNP's joint secretary general overnight, a party spokesman said on Saturday.",
  E('ARR', 'Police Forces of Bangladesh', 'BNP: Bangladesh Nationalist Party', 'rel:-1', L('Dhaka', 'BD', 'Dhaka', 1), 0, 'arrested'))
N('acled-note', '2024-03-10', "On 8 March 2024, around 500 women marched in Islamabad (Islamabad Capital Territory) on International Women's Day to demand an end to gender-based violence. The event ended peacefully.",
  E('PP', 'Protesters (Pakistan)', None, '2024-03-08', L('Islamabad', 'PK', 'Islamabad Capital Territory', 1), 0, 'marched'))
N('wire', '2021-05-03', "MEXICO CITY (AP) — Mexican soldiers clashed with gunmen from the Jalisco New Generation cartel outside the town of Aguililla in Michoacan state on Sunday, leaving eight suspected cartel members and one soldier dead, the Defense Department said. The department said troops seized 11 rifles and a homemade armoured truck after the gunbattle.",
  E('AC', 'Military Forces of Mexico', 'CJNG: Jalisco New Generation Cartel', 'rel:Sunday', L('Aguililla', 'MX', 'Michoacan', 2), 9, 'clashed'))
N('acled-note', '2023-04-21', "On 19 April 2023, Rapid Support Forces looted the Central Bank branch and several shops in Nyala (South Darfur). No casualties were reported.",
  E('LOOT', 'Rapid Support Forces', 'Civilians (Sudan)', '2023-04-19', L('Nyala', 'SD', 'South Darfur', 1), 0, 'looted'))
N('wire', '2020-05-11', "HONG KONG (Reuters) - Police fired pepper spray and arrested 53 people as hundreds of protesters gathered in a Mong Kok shopping mall on Sunday evening to chant pro-democracy slogans, police said.",
  E('PWI', 'Protesters (China)', 'Police Forces of China', 'rel:Sunday', L('Hong Kong - Mong Kok', 'CN', 'Hong Kong', 1), 0, 'fired pepper spray and arrested 53 people'))
N('acled-note', '2022-05-19', "On 17 May 2022, a commander of the Mai-Mai Yakutumba militia announced the creation of a splinter group, Mai-Mai Nyerere, in Fizi territory (South Kivu).",
  E('CHG', 'Mai-Mai Nyerere', 'Mai-Mai Yakutumba', '2022-05-17', L('Fizi', 'CD', 'South Kivu', 2), 0, 'announced the creation of a splinter group'))
N('web', '2024-10-17', "Riot police fired tear gas at shopkeepers protesting a new tax outside the governor's office in Mosul on Wednesday. Several protesters were briefly detained.",
  E('PWI', 'Protesters (Iraq)', 'Police Forces of Iraq', 'rel:Wednesday', L('Mosul', 'IQ', 'Ninewa', 1), 0, 'fired tear gas at shopkeepers protesting'))
N('acled-note', '2014-07-15', "On 13 July 2014, Hamas fired rockets from Gaza towards Ashkelon (Southern District), Israel; one rocket hit a petrol station, injuring 3 people.",
  E('SH', 'Hamas Movement', 'Civilians (Israel)', '2014-07-13', L('Ashkelon', 'IL', 'Southern District', 1), None, 'fired rockets'))
N('web', '2022-12-02', "Court sentences five men to death over a series of church attacks. A high court in Kaduna on Thursday sentenced five members of an Islamist cell to death by hanging; defence lawyers said they would appeal.")
N('wire', '2018-07-21', "NEW DELHI (Reuters) - A mob beat to death a Muslim man transporting cattle in Rajasthan's Alwar district on Friday, police said on Saturday, in the latest such attack by so-called cow vigilantes. Police arrested two suspects.",
  E('MOB', 'Rioters (India)', 'Civilians (India)', 'rel:Friday', L('Alwar', 'IN', 'Rajasthan', 2), 1, 'A mob beat to death'))
N('acled-note', '2025-09-29', "On 27 September 2025, French DGSI agents foiled a planned knife and firearm attack on a concert hall in Strasbourg (Grand Est), arresting two suspects aged 19 and 21 linked to Islamic State propaganda channels.",
  E('DWU', 'Police Forces of France', 'Unidentified Armed Group (France)', '2025-09-27', L('Strasbourg', 'FR', 'Grand Est', 1), 0, 'foiled a planned knife and firearm attack', mod='foiled'))
N('brief', '2023-06-14', "A Turkish drone struck a car near Qamishli on Tuesday, killing two SDF commanders, the Kurdish-led force said.",
  E('AIR', 'Military Forces of Turkey', 'SDF: Syrian Democratic Forces', 'rel:Tuesday', L('Qamishli', 'SY', 'Al-Hasakah', 2), 2, 'A Turkish drone struck a car'))
N('acled-note', '2020-02-25', "On 23 February 2020, CODECO militiamen attacked Military Forces of the Democratic Republic of Congo positions in Pimbo (Djugu, Ituri). The soldiers repelled the attack, killing 5 militiamen. The same day, CODECO fighters killed 3 civilians in nearby Ngongo village.",
  E('AC', 'CODECO: Cooperative for Development of Congo', 'Military Forces of Democratic Republic of Congo', '2020-02-23', L('Pimbo', 'CD', 'Ituri', 1), 5, 'attacked'),
  E('ATK', 'CODECO: Cooperative for Development of Congo', 'Civilians (Democratic Republic of Congo)', '2020-02-23', L('Ngongo', 'CD', 'Ituri', 1), 3, 'killed 3 civilians'))
# ---- batch 4 ----
N('wire', '2019-04-07', "KIGALI, Rwanda (AP) — Rwanda began a week of mourning on Sunday to commemorate the 1994 genocide, in which an estimated 800,000 people were killed. President Paul Kagame lit a flame at the Kigali Genocide Memorial, where more than 250,000 victims are buried.")
N('acled-note', '2022-03-20', "On 18 March 2022, JNIM militants took control of Tessit (Gao) after Military Forces of Mali abandoned the camp following two days of attacks; 4 soldiers were killed in the final assault.",
  E('NSO', 'JNIM: Group for Support of Islam and Muslims', 'Military Forces of Mali', '2022-03-18', L('Tessit', 'ML', 'Gao', 1), 4, 'took control'))
N('wire', '2015-03-25', "SANAA 2015-03-25\nHouthi fighters seized the airport in the southern city of Taiz on Sunday after clashes with troops loyal to President Abd-Rabbu Mansour Hadi , residents said . There was no word on casualties .",
  E('NSO', 'Ansar Allah', 'Military Forces of Yemen', 'rel:Sunday', L('Taiz', 'YE', 'Taizz', 1), None, 'seized the airport'))
N('acled-note', '2018-09-16', "On 14 September 2018, representatives of the Government of the Central African Republic, Anti-Balaka groups and an ex-Seleka faction signed a local peace agreement in Bambari (Ouaka).",
  E('AGR', 'Government of Central African Republic', 'Anti-Balaka', '2018-09-14', L('Bambari', 'CF', 'Ouaka', 1), 0, 'signed a local peace agreement'))
N('wire', '2025-06-02', "KYIV (Reuters) - Ukraine's military said on Monday that Russia had launched more than 2,000 drones at Ukrainian cities over the past month, a record, and urged allies to speed up deliveries of air defence systems.")
N('brief', '2020-10-12', "Two police officers were suspended after a woman said she was raped inside a police station in Sylhet on Friday. An inquiry is under way.",
  E('SV', 'Police Forces of Bangladesh', 'Civilians (Bangladesh)', 'rel:Friday', L('Sylhet', 'BD', 'Sylhet', 1), None, 'raped'))
N('acled-note', '2019-09-04', "On 2 September 2019, residents of Alexandra (Gauteng) protesting poor service delivery barricaded roads with burning tyres and threw stones at police, who responded with rubber bullets. No fatalities were reported.",
  E('VD', 'Rioters (South Africa)', 'Police Forces of South Africa', '2019-09-02', L('Johannesburg - Alexandra', 'ZA', 'Gauteng', 1), 0, 'threw stones at police'))
N('wire', '2021-12-16', "BAMAKO, Mali (AP) — French troops handed over their base in the northern city of Timbuktu to the Malian army on Tuesday, ending an eight-year presence. Russian military instructors moved into the camp on Wednesday, a Malian army spokesman said on Thursday.",
  E('NVT', 'Military Forces of Mali', 'Military Forces of France', 'rel:Tuesday', L('Timbuktu', 'ML', 'Timbuktu', 1), 0, 'handed over their base'),
  E('HQ', 'Military Forces of Russia', None, 'rel:Wednesday', L('Timbuktu', 'ML', 'Timbuktu', 1), 0, 'moved into the camp'))
N('acled-note', '2025-12-26', "On 24 December 2025, a female suicide bomber detonated explosives at a checkpoint in Konduga (Borno), killing herself and 2 members of the Civilian JTF.",
  E('SB', 'Unidentified Armed Group (Nigeria)', 'Civilian Joint Task Force', '2025-12-24', L('Konduga', 'NG', 'Borno', 1), 3, 'a female suicide bomber detonated explosives'))
N('wire', '2024-04-10', "BOGOTA (Reuters) - Colombia's government and the ELN rebel group hope to resume peace talks in Havana next month, negotiators said on Wednesday, although no date has been set after a dispute over kidnappings. \"There is political will on both sides,\" a government negotiator said.")
N('acled-note', '2015-05-05', "On 3 May 2015, Military Forces of Syria helicopters dropped barrel bombs containing a toxic gas, suspected to be chlorine, on Kansafra (Idleb), killing 2 people and injuring 25.",
  E('CW', 'Military Forces of Syria', 'Civilians (Syria)', '2015-05-03', L('Kansafra', 'SY', 'Idleb', 1), 2, 'dropped barrel bombs containing a toxic gas'))
N('wire', '2000-10-23', "SRI LANKA REBELS ATTACK NAVY BOATS\nCOLOMBO 2000-10-23\nTamil Tiger rebels rammed explosives-laden suicide boats into a navy flotilla off the northeastern port of Trincomalee on Monday , killing 11 sailors , the military said . Four rebels were also killed , it said .",
  E('SB', 'LTTE: Liberation Tigers of Tamil Eelam', 'Military Forces of Sri Lanka', 'rel:Monday', L('Trincomalee', 'LK', 'Eastern', 2), 15, 'rammed explosives-laden suicide boats'))
N('web', '2024-06-14', "Police are warning residents of Peshawar to avoid crowded markets over the Eid weekend after intelligence reports of possible attacks by militants.")
N('acled-note', '2022-11-13', "On 11 November 2022, Police Forces of Iran shot dead a 16-year-old boy at a checkpoint in Zahedan (Sistan and Baluchestan).",
  E('ATK', 'Police Forces of Iran', 'Civilians (Iran)', '2022-11-11', L('Zahedan', 'IR', 'Sistan and Baluchestan', 1), 1, 'shot dead'))
N('acled-note', '2016-06-22', "On 20 June 2016, an unidentified man threw a hand grenade into the compound of a CNDD-FDD official in Ngozi (Ngozi), injuring 4 members of his family.",
  E('GR', 'Unidentified Armed Group (Burundi)', 'Civilians (Burundi)', '2016-06-20', L('Ngozi', 'BI', 'Ngozi', 1), None, 'threw a hand grenade'))
N('wire', '2024-09-04', "KHARTOUM, Sudan (AP) — Fighting between the army and the paramilitary Rapid Support Forces erupted in the city of El Obeid on Monday, killing at least 14 people, the Sudan Doctors Network said. Residents said the fighting centred on the city's airport and lasted until nightfall.",
  E('AC', 'Military Forces of Sudan', 'Rapid Support Forces', 'rel:Monday', L('El Obeid', 'SD', 'North Kordofan', 1), 14, 'Fighting between the army and the paramilitary Rapid Support Forces erupted'))
N('acled-note', '2024-02-08', "On 6 February 2024, suspected ELN members kidnapped a municipal councillor in Arauquita (Arauca).",
  E('ABD', 'ELN: National Liberation Army', 'Civilians (Colombia)', '2024-02-06', L('Arauquita', 'CO', 'Arauca', 1), None, 'kidnapped'))
N('brief', '2023-05-25', "Around 2,000 teachers rallied in front of parliament in Bucharest on Wednesday demanding higher pay. The rally ended without incident.",
  E('PP', 'Protesters (Romania)', None, 'rel:Wednesday', L('Bucharest', 'RO', 'Bucuresti', 1), 0, 'rallied'))
N('acled-note', '2019-08-15', "On 13 August 2019, Military Forces of Afghanistan discovered and seized an arms cache containing 40 rockets and 200 kg of explosives in Nad Ali district (Helmand).",
  E('DWU', 'Military Forces of Afghanistan', None, '2019-08-13', L('Nad Ali', 'AF', 'Helmand', 2), 0, 'seized an arms cache'))
N('wire', '2002-02-17', "KATHMANDU, Nepal (AP) — Maoist rebels attacked a police post in the western district of Rolpa before dawn on Saturday, sparking a gunbattle that killed 12 policemen and 3 rebels, officials said. On the same day in the same district, the rebels blew up a bridge with explosives, cutting a key road. Nobody was hurt in the blast.",
  E('AC', 'CPN-M: Communist Party of Nepal (Maoist)', 'Police Forces of Nepal', 'rel:Saturday', L('Rolpa', 'NP', 'Lumbini', 2), 15, 'attacked a police post'),
  E('IED', 'CPN-M: Communist Party of Nepal (Maoist)', None, 'rel:Saturday', L('Rolpa', 'NP', 'Lumbini', 2), 0, 'blew up a bridge with explosives'))
N('acled-note', '2019-10-24', "On 22 October 2019, the ex-Seleka faction FPRC announced in Birao (Vakaga) that it was suspending its participation in the peace agreement and would resume military operations.",
  E('CHG', 'FPRC: Popular Front for the Renaissance of the Central African Republic', None, '2019-10-22', L('Birao', 'CF', 'Vakaga', 1), 0, 'announced'))
N('wire', '2021-07-09', "ABUJA (Reuters) - Nigeria's army said on Thursday it had killed more than 2,400 militants and arrested 1,100 suspects in the northeast over the past six months, figures that could not be independently verified.")
N('acled-note', '2017-10-30', "On 28 October 2017, a car bomb parked outside the Nasa Hotel in Mogadishu (Banadir) was detonated remotely, killing 14 people. Al Shabaab claimed responsibility.",
  E('IED', 'Al Shabaab', 'Civilians (Somalia)', '2017-10-28', L('Mogadishu', 'SO', 'Banadir', 1), 14, 'a car bomb'))
N('web', '2024-11-14', "Russia hit Zaporizhzhia with guided aerial bombs overnight into Thursday, killing one woman and damaging 20 homes, the regional governor said.",
  E('AIR', 'Military Forces of Russia', 'Civilians (Ukraine)', '2024-11-14', L('Zaporizhzhia', 'UA', 'Zaporizhzhia', 1), 1, 'hit Zaporizhzhia with guided aerial bombs'))
N('acled-note', '2020-10-11', "On 9 October 2020, Armenian forces shelled Tartar (Tartar), Azerbaijan, killing 1 civilian and damaging a school.",
  E('SH', 'Military Forces of Armenia', 'Civilians (Azerbaijan)', '2020-10-09', L('Tartar', 'AZ', 'Tartar', 1), 1, 'shelled'))
N('wire', '1995-07-14', "LIMA 1995-07-14\nShining Path guerrillas shot dead a village mayor and two of his relatives in the Andean department of Ayacucho on Thursday , police said .",
  E('ATK', 'Sendero Luminoso', 'Civilians (Peru)', 'rel:Thursday', L('Ayacucho', 'PE', 'Ayacucho', 3), 3, 'shot dead'))
N('acled-note', '2022-05-11', "On 9 May 2022, a mob of ruling party supporters attacked anti-government protesters at the Galle Face protest site in Colombo (Western), injuring dozens.",
  E('MOB', 'Rioters (Sri Lanka)', 'Protesters (Sri Lanka)', '2022-05-09', L('Colombo', 'LK', 'Western', 1), None, 'a mob of ruling party supporters attacked'))
N('acled-note', '2014-02-16', "On 14 February 2014, Police Forces of Bahrain fired tear gas and sound grenades to disperse a protest marking the anniversary of the 2011 uprising in Sitra (Northern). No injuries were reported.",
  E('PWI', 'Protesters (Bahrain)', 'Police Forces of Bahrain', '2014-02-14', L('Sitra', 'BH', 'Northern', 1), 0, 'to disperse a protest'))
N('brief', '2022-05-26', "Ethiopian security forces detained a prominent journalist in Addis Ababa on Tuesday, his lawyer said.",
  E('ARR', 'Police Forces of Ethiopia', 'Civilians (Ethiopia)', 'rel:Tuesday', L('Addis Ababa', 'ET', 'Addis Ababa', 1), 0, 'detained'))
N('wire', '2023-08-17', "PORT-AU-PRINCE, Haiti (AP) — Gang members led by a former police officer set fire to dozens of homes in the Carrefour-Feuilles neighbourhood of Port-au-Prince on Tuesday and shot dead at least five residents, police said. Hundreds of families fled. The attack followed weeks of fighting between rival gangs for control of the area.",
  E('ATK', 'Unidentified Armed Group (Haiti)', 'Civilians (Haiti)', 'rel:Tuesday', L('Port-au-Prince - Carrefour-Feuilles', 'HT', 'Ouest', 1), 5, 'shot dead at least five residents'))
# ---- batch 5 ----
N('brief', '2022-03-15', "Troops remain on high alert along the border after last week's threats by a rebel commander to 'burn' three towns, the governor said Tuesday.")
N('wire', '2006-08-02', "ISRAELI JETS STRIKE GAZA HOUSE\nGAZA 2006-08-02\nIsraeli aircraft fired missiles at a house in Gaza City early on Wednesday , killing nine members of one family , Palestinian medics said . The army said it had targeted a militant commander .",
  E('AIR', 'Military Forces of Israel', 'Civilians (Palestine)', 'rel:Wednesday', L('Gaza City', 'PS', 'Gaza Strip', 1), 9, 'Israeli aircraft fired missiles'))
N('web', '2016-07-04', "Villagers in Manica say Renamo gunmen ambushed a bus on the N6 near Gondola on Friday, killing a passenger. Police confirmed the attack but said the attackers' identity was still unclear.",
  E('ATK', 'Unidentified Armed Group (Mozambique)', 'Civilians (Mozambique)', 'rel:Friday', L('Gondola', 'MZ', 'Manica', 2), 1, 'ambushed a bus'))
N('acled-note', '2024-01-23', "On 21 January 2024, Police Forces of Senegal arrested 35 supporters of opposition leader Ousmane Sonko in Ziguinchor (Ziguinchor) ahead of a planned rally.",
  E('ARR', 'Police Forces of Senegal', 'PASTEF: African Patriots of Senegal for Work, Ethics and Fraternity', '2024-01-21', L('Ziguinchor', 'SN', 'Ziguinchor', 1), 0, 'arrested'))
N('wire', '2018-04-02', "DONETSK, Ukraine (Reuters) - A car carrying four civilians hit an anti-tank mine near the village of Marinka on Sunday, killing three of them, separatist officials said. Separately, artillery shells struck a bus stop in Donetsk city the same day, wounding two people, they said.",
  E('IED', None, 'Civilians (Ukraine)', 'rel:Sunday', L('Marinka', 'UA', 'Donetsk', 2), 3, 'hit an anti-tank mine'),
  E('SH', None, 'Civilians (Ukraine)', 'rel:Sunday', L('Donetsk', 'UA', 'Donetsk', 1), None, 'artillery shells struck a bus stop'))
N('acled-note', '2024-10-06', "On 4 October 2024, ISWAP fighters set up a camp on Tumbun Fulani island in the Lake Chad area (Borno), according to security sources.",
  E('HQ', 'Islamic State West Africa Province', None, '2024-10-04', L('Tumbun Fulani', 'NG', 'Borno', 2), 0, 'set up a camp'))
N('acled-note', '2023-04-13', "On 11 April 2023, the Government of the Central African Republic held a ceremony in Bria (Haute-Kotto) during which 120 former FPRC fighters handed over their weapons under the national disarmament programme.",
  E('OTH', 'FPRC: Popular Front for the Renaissance of the Central African Republic', 'Government of Central African Republic', '2023-04-11', L('Bria', 'CF', 'Haute-Kotto', 1), 0, 'handed over their weapons', plover='CONCEDE'))
N('wire', '2017-11-10', "BRUSSELS (Reuters) - Belgian police arrested three men in Antwerp on Thursday who were planning to attack a Jewish school with homemade explosives, prosecutors said on Friday. Explosive precursors were found in one of the suspects' apartments.",
  E('DWU', 'Police Forces of Belgium', 'Unidentified Armed Group (Belgium)', 'rel:Thursday', L('Antwerp', 'BE', 'Flanders', 1), 0, 'arrested three men', mod='foiled'))
N('web', '2023-02-20', "Explainer: what is the Wagner Group and where does it operate? The Russian private military company has fought in Ukraine, Syria, Libya and Mali, where rights groups accuse it of killing hundreds of civilians since 2021.")
N('acled-note', '2023-10-18', "On 15 October 2023, Rapid Support Forces fighters raided Ardamata (West Darfur), looting homes and raping at least 5 women, according to survivors interviewed by a rights group.",
  E('SV', 'Rapid Support Forces', 'Civilians (Sudan)', '2023-10-15', L('Ardamata', 'SD', 'West Darfur', 1), None, 'raping'))
N('brief', '2019-08-05', "Gunfire between Haftar's forces and a local armed group rocked Murzuq for several hours on Sunday; at least 3 fighters died, a hospital source said.",
  E('AC', 'LNA: Libyan National Army', 'Unidentified Armed Group (Libya)', 'rel:Sunday', L('Murzuq', 'LY', 'Murzuq', 1), 3, 'Gunfire'))
N('wire', '1999-09-06', "JAKARTA 1999-09-06\nPro-Jakarta militiamen set fire to houses and shot at refugees in Dili on Monday , killing at least 10 people , witnesses said , as violence escalated after East Timor 's independence vote .",
  E('ATK', 'Pro-Indonesia Militia', 'Civilians (East Timor)', 'rel:Monday', L('Dili', 'TL', 'Dili', 1), 10, 'shot at refugees'))
N('acled-note', '2022-10-22', "On 20 October 2022, Military Forces of Guinea fired live ammunition at demonstrators demanding a return to civilian rule in the Ratoma district of Conakry (Conakry), killing 3 people.",
  E('EXF', 'Military Forces of Guinea', 'Protesters (Guinea)', '2022-10-20', L('Conakry - Ratoma', 'GN', 'Conakry', 1), 3, 'fired live ammunition at demonstrators'))
N('acled-note', '2025-01-19', "On 17 January 2025, health workers and students held a sit-in outside the Ministry of Health in Tunis (Tunis) demanding the payment of late wages.",
  E('PP', 'Protesters (Tunisia)', None, '2025-01-17', L('Tunis', 'TN', 'Tunis', 1), 0, 'held a sit-in'))
N('wire', '2016-03-29', "BRUSSELS 2016-03-29\nBelgian authorities raised the national threat level to its highest on Tuesday , citing a \" serious and imminent \" threat , and closed metro stations across the capital .")
N('acled-note', '2023-08-08', "On 6 August 2023, Fano militiamen took control of Lalibela (Amhara) after Military Forces of Ethiopia withdrew following brief clashes.",
  E('NSO', 'Fano Militia', 'Military Forces of Ethiopia', '2023-08-06', L('Lalibela', 'ET', 'Amhara', 1), None, 'took control'))
N('web', '2020-05-16', "Student activist 'disappeared' after being taken by men in plain clothes in Harare, family says. Witnesses said four men bundled him into an unmarked car on Thursday afternoon. Police deny holding him.",
  E('ABD', 'Unidentified Armed Group (Zimbabwe)', 'Civilians (Zimbabwe)', 'rel:Thursday', L('Harare', 'ZW', 'Harare', 1), None, 'bundled him into an unmarked car'))
N('acled-note', '2018-03-20', "On 18 March 2018, unidentified militants fired 3 mortar rounds at Bagram Airfield (Parwan). No casualties were reported.",
  E('SH', 'Unidentified Armed Group (Afghanistan)', 'Military Forces of the United States', '2018-03-18', L('Bagram', 'AF', 'Parwan', 1), 0, 'fired 3 mortar rounds'))
N('wire', '2023-10-31', "DHAKA, Bangladesh (AP) — Police fired rubber bullets and tear gas at garment workers who blocked a highway and hurled stones at factories in the Ashulia industrial belt outside Dhaka on Monday, injuring dozens. One worker died of his injuries in hospital, police said.",
  E('VD', 'Rioters (Bangladesh)', 'Police Forces of Bangladesh', 'rel:Monday', L('Ashulia', 'BD', 'Dhaka', 1), 1, 'hurled stones at factories'))
N('acled-note', '2025-11-05', "On 3 November 2025, the Government of Yemen and Ansar Allah exchanged 240 prisoners at Sanaa airport (Amanat al Asimah) in a swap brokered by the ICRC.",
  E('AGR', 'Government of Yemen', 'Ansar Allah', '2025-11-03', L('Sanaa', 'YE', 'Amanat al Asimah', 1), 0, 'exchanged 240 prisoners'))
N('brief', '2019-01-07', "A bomb hidden in a motorbike exploded near a market in Yala's Bannang Sata district on Saturday, wounding two rangers.",
  E('IED', 'Unidentified Armed Group (Thailand)', 'Military Forces of Thailand', 'rel:Saturday', L('Bannang Sata', 'TH', 'Yala', 2), None, 'A bomb hidden in a motorbike exploded'))
N('acled-note', '2019-03-16', "On 14 March 2019, US Africa Command conducted an airstrike against Al Shabaab militants near Kobon (Lower Shabelle), killing 4 militants, according to AFRICOM.",
  E('AIR', 'Military Forces of the United States', 'Al Shabaab', '2019-03-14', L('Kobon', 'SO', 'Lower Shabelle', 2), 4, 'conducted an airstrike'))
N('wire', '2019-11-16', "ADDIS ABABA (Reuters) - The African Union on Friday appointed a former Nigerian president as its special envoy to the Horn of Africa, tasked with mediating between Ethiopia and Eritrea.")
N('acled-note', '2023-05-03', "On 1 May 2023, May Day demonstrators in Lyon (Auvergne-Rhone-Alpes) smashed bank windows and set fire to bins; police used tear gas and water cannon and arrested 26 people.",
  E('VD', 'Rioters (France)', 'Police Forces of France', '2023-05-01', L('Lyon', 'FR', 'Auvergne-Rhone-Alpes', 1), None, 'smashed bank windows'))
N('web', '2024-05-23', "Woman accused of sorcery burned alive in Papua New Guinea's Enga province. Police said a crowd tortured and set fire to the woman on Tuesday after blaming her for a young man's death.",
  E('MOB', 'Rioters (Papua New Guinea)', 'Civilians (Papua New Guinea)', 'rel:Tuesday', L('Enga', 'PG', 'Enga', 3), 1, 'a crowd tortured and set fire to the woman'))
N('acled-note', '2022-12-10', "On 8 December 2022, Military Forces of Mozambique and Rwandan troops retook the village of Mbau (Cabo Delgado) from Islamic State Mozambique Province militants after a 2-day operation; 7 militants were killed.",
  E('GRT', 'Military Forces of Mozambique', 'Islamic State Mozambique Province', '2022-12-08', L('Mbau', 'MZ', 'Cabo Delgado', 1), 7, 'retook'))
N('wire', '1996-03-12', "GUDERMES 1996-03-12\nChechen separatist fighters attacked federal checkpoints in Gudermes on Tuesday , triggering fierce gunbattles in the town , Russian officials said . At least 20 Russian soldiers were killed .",
  E('AC', 'Chechen Separatists', 'Military Forces of Russia', 'rel:Tuesday', L('Gudermes', 'RU', 'Chechnya', 1), 20, 'attacked federal checkpoints'))
N('brief', '2021-01-04', "A grenade thrown at a ruling-party rally in Kampala's Nakawa division on Sunday injured eight people; police said the attacker fled on a motorcycle.",
  E('GR', 'Unidentified Armed Group (Uganda)', 'Civilians (Uganda)', 'rel:Sunday', L('Kampala - Nakawa', 'UG', 'Kampala', 1), None, 'A grenade thrown'))
N('acled-note', '2018-01-31', "On 29 January 2018, Abu Sayyaf militants abducted 3 fishermen off the coast of Sitangkai (Tawi-Tawi).",
  E('ABD', 'Abu Sayyaf', 'Civilians (Philippines)', '2018-01-29', L('Sitangkai', 'PH', 'Tawi-Tawi', 2), None, 'abducted'))
N('wire', '2024-02-16', "BEIRUT (AP) — Israeli artillery shelled the outskirts of the southern Lebanese village of Khiam on Thursday, hours after an Israeli drone strike on a motorcycle near Bint Jbeil killed two Hezbollah fighters, Lebanon's state news agency said. The shelling caused no casualties, the agency said.",
  E('SH', 'Military Forces of Israel', None, 'rel:Thursday', L('Khiam', 'LB', 'Nabatieh', 2), 0, 'shelled the outskirts'),
  E('AIR', 'Military Forces of Israel', 'Hezbollah', 'rel:Thursday', L('Bint Jbeil', 'LB', 'Nabatieh', 2), 2, 'drone strike'))
# ---- batch 6 ----
N('web', '2024-01-24', "Mexico recorded 30,523 homicides last year, down 5% from the year before, according to official figures released on Tuesday. Analysts caution that cartel violence is shifting rather than declining.")
N('brief', '2023-11-17', "Kenya's parliament on Thursday approved the deployment of 1,000 police officers to Haiti to fight gangs, despite a pending court challenge.")
N('wire', '2024-06-24', "JERUSALEM (Reuters) - Israel's defence minister threatened on Sunday to \"return Lebanon to the Stone Age\" if Hezbollah escalated its attacks, as Western diplomats pressed both sides for calm.")
N('web', '2022-06-05', "A year after the massacre in Solhan, survivors say they still fear returning home. Around 160 people were killed when gunmen raided the village overnight, the deadliest attack in Burkina Faso's history.",
  E('ATK', 'Unidentified Armed Group (Burkina Faso)', 'Civilians (Burkina Faso)', '2021-06', L('Solhan', 'BF', 'Sahel', 1), 160, 'the massacre in Solhan', bg=True))
N('wire', '2006-01-12', "LONDON 2006-01-12\nBritish police said on Thursday they were investigating whether Islamist websites had been used to recruit young men , but declined to comment on specific cases .")
N('wire', '2022-04-04', "KABUL (Reuters) - The Taliban's supreme leader issued a decree on Sunday banning the cultivation of opium poppies across Afghanistan, warning that violators would face punishment under sharia law.")
N('wire', '2025-03-04', "ABUJA (Reuters) - Nigeria will recruit 30,000 new police officers this year to tackle banditry and kidnapping in the northwest, the presidency said on Monday.")
N('brief', '2016-11-23', "Sri Lanka's Supreme Court on Tuesday acquitted three former navy officers who had been accused of abducting young men in Colombo during the last years of the civil war.")
N('web', '2019-03-09', "Sport: Kabul's Ghazi Stadium hosted its first international cricket match in years on Friday, with 15,000 fans attending under heavy security.")
N('acled-note', '2015-06-30', "On 28 June 2015, Military Forces of Ukraine and pro-Russian separatists exchanged mortar and small arms fire near Shyrokyne (Donetsk); 2 Ukrainian soldiers were killed.",
  E('AC', 'Military Forces of Ukraine', 'Pro-Russia Separatists', '2015-06-28', L('Shyrokyne', 'UA', 'Donetsk', 2), 2, 'exchanged mortar and small arms fire'))
N('wire', '2009-06-03', "KANDAHAR , Afghanistan 2009-06-03\nAfghan and NATO troops killed 18 Taliban fighters in a gunbattle in Kandahar province 's Zhari district on Tuesday , the Afghan defence ministry said .",
  E('AC', 'Military Forces of Afghanistan', 'Taliban', 'rel:Tuesday', L('Zhari', 'AF', 'Kandahar', 2), 18, 'gunbattle'))
N('web', '2017-08-18', "Vigilantes on a motorcycle shot dead a suspected drug user in Caloocan, Metro Manila, late Wednesday, police said. It was the third such killing in the city this week.",
  E('ATK', 'Unidentified Armed Group (Philippines)', 'Civilians (Philippines)', 'rel:Wednesday', L('Caloocan', 'PH', 'Metro Manila', 1), 1, 'shot dead'))
N('acled-note', '2021-05-14', "On 12 May 2021, Military Forces of Myanmar burned down about 30 houses in Kinma village (Magway). Residents had fled in advance and no casualties were reported.",
  E('LOOT', 'Military Forces of Myanmar', 'Civilians (Myanmar)', '2021-05-12', L('Kinma', 'MM', 'Magway', 1), 0, 'burned down about 30 houses'))
N('acled-note', '2024-07-21', "On 19 July 2024, fighters of the Katiba Serma announced their defection from JNIM and pledged allegiance to Islamic State Sahel Province in Menaka region (Menaka).",
  E('CHG', 'Katiba Serma', 'JNIM: Group for Support of Islam and Muslims', '2024-07-19', L('Menaka', 'ML', 'Menaka', 3), 0, 'pledged allegiance', plover='SUPPORT'))
N('wire', '2019-04-23', "QUETTA, Pakistan (AP) — A suicide bomber on a motorcycle rammed into a Frontier Corps truck in Quetta on Monday, killing three soldiers as well as himself and wounding 12 people, police said. Hours later, a bomb planted on a roadside in the city's Sariab area exploded as a police van passed, wounding two officers. The Baluchistan Liberation Army claimed the first attack.",
  E('SB', 'BLA: Baloch Liberation Army', 'Military Forces of Pakistan', 'rel:Monday', L('Quetta', 'PK', 'Balochistan', 1), 4, 'A suicide bomber on a motorcycle rammed'),
  E('IED', 'Unidentified Armed Group (Pakistan)', 'Police Forces of Pakistan', 'rel:Monday', L('Quetta - Sariab', 'PK', 'Balochistan', 1), None, 'a bomb planted on a roadside'))
N('acled-note', '2015-05-04', "On 2 May 2015, Military Forces of Nigeria retook Marte (Borno) from Boko Haram after intense fighting; 15 militants were killed.",
  E('GRT', 'Military Forces of Nigeria', 'Boko Haram', '2015-05-02', L('Marte', 'NG', 'Borno', 1), 15, 'retook'))
N('brief', '2022-11-21', "Security forces shot dead at least four protesters in Javanrud on Sunday night, a Kurdish rights group said.",
  E('EXF', 'Police Forces of Iran', 'Protesters (Iran)', 'rel:Sunday', L('Javanrud', 'IR', 'Kermanshah', 1), 4, 'shot dead at least four protesters'))
N('acled-note', '2023-05-09', "On 7 May 2023, Military Forces of Colombia found and destroyed 12 landmines planted by FARC dissidents near Argelia (Cauca).",
  E('DWU', 'Military Forces of Colombia', 'FARC Dissidents', '2023-05-07', L('Argelia', 'CO', 'Cauca', 2), 0, 'found and destroyed 12 landmines'))
N('wire', '2024-06-24', "MAIDUGURI, Nigeria (Reuters) - Islamist militants abducted at least 40 women gathering firewood near the town of Gamboru on Saturday, residents said on Monday. The army has not commented.",
  E('ABD', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 'rel:Saturday', L('Gamboru', 'NG', 'Borno', 2), None, 'abducted'))
N('wire', '2023-02-25', "GOMA, Congo (Reuters) - M23 rebels took over the town of Kitshanga on Thursday without firing a shot after government troops and allied militias pulled out overnight, residents said. \"They just walked in,\" a local trader said.",
  E('NVT', 'M23: March 23 Movement', 'Military Forces of Democratic Republic of Congo', 'rel:Thursday', L('Kitshanga', 'CD', 'North Kivu', 1), 0, 'took over the town of Kitshanga'))
N('acled-note', '2024-03-06', "On 4 March 2024, Israeli tanks shelled tents housing displaced people in Al-Mawasi (Khan Yunis, Gaza Strip), killing 4 civilians.",
  E('SH', 'Military Forces of Israel', 'Civilians (Palestine)', '2024-03-04', L('Al-Mawasi', 'PS', 'Gaza Strip', 1), 4, 'shelled'))
N('brief', '2014-04-24', "Witnesses in Kafr Nabl reported a strong chlorine smell after a government helicopter dropped a canister on the town on Tuesday; doctors treated 9 people for breathing problems.",
  E('CW', 'Military Forces of Syria', 'Civilians (Syria)', 'rel:Tuesday', L('Kafr Nabl', 'SY', 'Idleb', 1), None, 'dropped a canister'))
N('wire', '2020-10-07', "PROTESTERS SEIZE GOVERNMENT BUILDING\nBISHKEK, Kyrgyzstan (Reuters) - Opposition protesters broke into the government headquarters in Bishkek on Tuesday, setting fire to offices and clashing with police after disputed election results were announced. One person was killed, the health ministry said.",
  E('VD', 'Rioters (Kyrgyzstan)', 'Police Forces of Kyrgyzstan', 'rel:Tuesday', L('Bishkek', 'KG', 'Bishkek', 1), 1, 'broke into the government headquarters'))
N('acled-note', '2018-12-11', "On 9 December 2018, Police Forces of Hungary used tear gas to disperse protesters against a labour reform outside parliament in Budapest (Budapest); several protesters were detained.",
  E('PWI', 'Protesters (Hungary)', 'Police Forces of Hungary', '2018-12-09', L('Budapest', 'HU', 'Budapest', 1), 0, 'used tear gas to disperse protesters'))
N('web', '2021-06-03', "Soldiers accused of killing eight villagers near Tillabéri. Residents of Tamou told reporters that soldiers rounded up and shot eight men on Monday during a search operation; the army said it was investigating.",
  E('ATK', 'Military Forces of Niger', 'Civilians (Niger)', 'rel:Monday', L('Tamou', 'NE', 'Tillaberi', 1), 8, 'rounded up and shot eight men'))
N('acled-note', '2022-07-18', "On 16 July 2022, a roadside IED hit a Police Forces of Pakistan vehicle in Miranshah (North Waziristan, Khyber Pakhtunkhwa), killing 2 policemen.",
  E('IED', 'Unidentified Armed Group (Pakistan)', 'Police Forces of Pakistan', '2022-07-16', L('Miranshah', 'PK', 'Khyber Pakhtunkhwa', 1), 2, 'a roadside IED hit'))
N('acled-note', '2024-02-27', "On 25 February 2024, Wagner Group personnel were reported to have raped 2 women during a raid on Hombori (Mopti).",
  E('SV', 'Wagner Group', 'Civilians (Mali)', '2024-02-25', L('Hombori', 'ML', 'Mopti', 1), None, 'raped'))
N('wire', '2020-03-24', "N'DJAMENA, Chad (Reuters) - Boko Haram fighters have set up a new base on an island in Lake Chad near the town of Bol, from where they attacked an army post on Sunday, killing six soldiers, the army said on Tuesday.",
  E('HQ', 'Boko Haram', None, None, L('Bol', 'TD', 'Lac', 2), 0, 'have set up a new base'),
  E('AC', 'Boko Haram', 'Military Forces of Chad', 'rel:Sunday', L('Bol', 'TD', 'Lac', 2), 6, 'attacked an army post'))
N('brief', '2016-03-12', "Rival Tuareg armed groups signed a truce in Anefis on Friday, pledging to stop fighting over control of the town, a mediator said.",
  E('AGR', 'CMA: Coordination of Azawad Movements', 'Platform', 'rel:Friday', L('Anefis', 'ML', 'Kidal', 1), 0, 'signed a truce'))
N('wire', '2021-01-20', "TUNIS (Reuters) - Youths threw petrol bombs at a police station in the town of Kasserine on Monday night and police responded with tear gas, witnesses said, as anger over unemployment spilled over. On Tuesday, police arrested 25 people suspected of taking part in the unrest.",
  E('VD', 'Rioters (Tunisia)', 'Police Forces of Tunisia', 'rel:Monday', L('Kasserine', 'TN', 'Kasserine', 1), None, 'threw petrol bombs at a police station'),
  E('ARR', 'Police Forces of Tunisia', 'Rioters (Tunisia)', 'rel:Tuesday', L('Kasserine', 'TN', 'Kasserine', 1), 0, 'arrested 25 people'))
# ---- batch 7 ----
N('brief', '2024-05-10', "Clashes continued across several regions of Sudan this week, the UN said on Friday, without giving details. Aid convoys remain blocked.")
N('wire', '2004-07-30', "KHARTOUM 2004-07-30\nThe U.N. Security Council on Friday gave Sudan 30 days to disarm the Janjaweed militias accused of killing thousands of civilians in Darfur or face sanctions .")
N('web', '2021-11-24', "Podcast: inside the world of Colombia's armed groups. A former FARC commander talks about recruitment, extortion and why he believes the peace process is fragile.")
N('wire', '2023-08-22', "TOKYO (AP) — Japan's defence ministry said Chinese coast guard ships entered waters near the disputed Senkaku islands on Monday for the 30th time this year, and Tokyo lodged a formal protest with Beijing.")
N('brief', '2020-09-12', "The army chief vowed on Friday to 'crush' the insurgents in the north within three months, as lawmakers demanded a new security strategy.")
N('wire', '2025-10-16', "MEXICO CITY (Reuters) - Prosecutors on Wednesday charged a former police chief over the September 2014 disappearance of 43 students in Iguala, Guerrero state. He denies wrongdoing.",
  E('ABD', None, 'Civilians (Mexico)', '2014-09', L('Iguala', 'MX', 'Guerrero', 1), None, 'disappearance of 43 students', bg=True))
N('web', '2022-08-27', "Monsoon floods displaced 120,000 people in Sindh this week, officials said, as relief camps struggled to cope.")
N('wire', '2016-11-29', "BAGHDAD (AP) — Iraq's parliament on Saturday approved a law formally making the Popular Mobilization Forces part of the state security apparatus, over the objections of Sunni lawmakers.")
N('acled-note', '2024-08-04', "On 2 August 2024, a Turkish drone strike targeted an Al Shabaab gathering near Bariire (Lower Shabelle), killing 6 militants, according to local sources.",
  E('AIR', 'Military Forces of Turkey', 'Al Shabaab', '2024-08-02', L('Bariire', 'SO', 'Lower Shabelle', 2), 6, 'a Turkish drone strike targeted'))
N('acled-note', '2025-09-16', "On 14 September 2025, residents of Achacachi (La Paz) lynched two men accused of stealing a car; police recovered the bodies the next day.",
  E('MOB', 'Rioters (Bolivia)', 'Civilians (Bolivia)', '2025-09-14', L('Achacachi', 'BO', 'La Paz', 1), 2, 'lynched'))
N('acled-note', '2016-01-22', "On 20 January 2016, an Al Shabaab suicide bomber drove a vehicle-borne IED into the gate of the SYL Hotel in Mogadishu (Banadir), killing 9 people including the bomber.",
  E('SB', 'Al Shabaab', 'Civilians (Somalia)', '2016-01-20', L('Mogadishu', 'SO', 'Banadir', 1), 9, 'suicide bomber drove a vehicle-borne IED'))
N('acled-note', '2019-04-13', "On 11 April 2019, Military Forces of Cameroon clashed with Ambazonian separatists in Muyuka (South-West), killing 3 separatists. Later that day, separatists abducted 2 teachers in the same town.",
  E('AC', 'Military Forces of Cameroon', 'Ambazonian Separatists', '2019-04-11', L('Muyuka', 'CM', 'South-West', 1), 3, 'clashed'),
  E('ABD', 'Ambazonian Separatists', 'Civilians (Cameroon)', '2019-04-11', L('Muyuka', 'CM', 'South-West', 1), None, 'abducted 2 teachers'))
N('acled-note', '2017-10-02', "On 30 September 2017, Military Forces of Syria and allied militias regained control of Uqayribat (Hama) from Islamic State fighters.",
  E('GRT', 'Military Forces of Syria', 'Islamic State (Syria)', '2017-09-30', L('Uqayribat', 'SY', 'Hama', 1), None, 'regained control'))
N('acled-note', '2020-03-27', "On 25 March 2020, Islamic State Central Africa Province militants occupied Quissanga (Cabo Delgado) and raised their flag over the district administration building after police fled.",
  E('NSO', 'Islamic State Central Africa Province', 'Police Forces of Mozambique', '2020-03-25', L('Quissanga', 'MZ', 'Cabo Delgado', 1), None, 'occupied'))
N('acled-note', '2023-06-21', "On 19 June 2023, the Government of Ethiopia shut down mobile internet across Amhara region (Amhara) amid clashes with Fano militias.",
  E('OTH', 'Government of Ethiopia', 'Civilians (Ethiopia)', '2023-06-19', L('Amhara', 'ET', 'Amhara', 3), 0, 'shut down mobile internet', plover='COERCE'))
N('acled-note', '2022-06-11', "On 9 June 2022, an unidentified assailant threw a grenade at a police station in Tibú (Norte de Santander), injuring 2 policemen.",
  E('GR', 'Unidentified Armed Group (Colombia)', 'Police Forces of Colombia', '2022-06-09', L('Tibú', 'CO', 'Norte de Santander', 1), None, 'threw a grenade'))
N('acled-note', '2016-08-01', "On 30 July 2016, around 300 residents of Garowe (Nugaal) demonstrated peacefully against rising food prices.",
  E('PP', 'Protesters (Somalia)', None, '2016-07-30', L('Garowe', 'SO', 'Nugaal', 1), 0, 'demonstrated peacefully'))
N('acled-note', '2023-03-19', "On 17 March 2023, PTI supporters gathered outside Imran Khan's residence in Lahore (Punjab) to prevent his arrest; Police Forces of Pakistan dispersed them with tear gas and detained 12.",
  E('PWI', 'Protesters (Pakistan)', 'Police Forces of Pakistan', '2023-03-17', L('Lahore', 'PK', 'Punjab', 1), 0, 'gathered'))
N('acled-note', '2015-01-28', "On 26 January 2015, Police Forces of Egypt fired birdshot at a small march commemorating the 2011 revolution in Alexandria (Alexandria), killing a 17-year-old protester.",
  E('EXF', 'Police Forces of Egypt', 'Protesters (Egypt)', '2015-01-26', L('Alexandria', 'EG', 'Alexandria', 1), 1, 'fired birdshot at a small march'))
N('wire', '2020-11-02', "ABIDJAN, Ivory Coast (Reuters) - Supporters of rival candidates fought with machetes and clubs in the central town of Daoukro on Sunday, a day after a tense election, leaving three people dead, police said. Police arrested 18 people at the scene.",
  E('MOB', 'Rioters (Ivory Coast)', 'Rioters (Ivory Coast)', 'rel:Sunday', L('Daoukro', 'CI', 'Lacs', 1), 3, 'fought with machetes and clubs'),
  E('ARR', 'Police Forces of Ivory Coast', 'Rioters (Ivory Coast)', 'rel:Sunday', L('Daoukro', 'CI', 'Lacs', 1), 0, 'arrested 18 people'))
N('acled-note', '2017-05-06', "On 4 May 2017, the Saudi navy destroyed an explosives-laden remote-controlled boat launched by Ansar Allah towards Jizan port (Jizan) before it reached its target.",
  E('DWU', 'Military Forces of Saudi Arabia', 'Ansar Allah', '2017-05-04', L('Jizan', 'SA', 'Jizan', 1), 0, 'destroyed an explosives-laden remote-controlled boat'))
N('acled-note', '2021-01-14', "On 12 January 2021, 3 soldiers of the Military Forces of Eritrea raped a woman in Adigrat (Tigray).",
  E('SV', 'Military Forces of Eritrea', 'Civilians (Ethiopia)', '2021-01-12', L('Adigrat', 'ET', 'Tigray', 1), None, 'raped'))
N('acled-note', '2019-08-30', "On 28 August 2019, Anti-Balaka militiamen looted a health centre and destroyed medical supplies in Zemio (Haut-Mbomou). No injuries were reported.",
  E('LOOT', 'Anti-Balaka', 'Civilians (Central African Republic)', '2019-08-28', L('Zemio', 'CF', 'Haut-Mbomou', 1), 0, 'looted a health centre'))
N('acled-note', '2025-01-17', "On 15 January 2025, Islamic State Somalia established a training camp in the Cal Miskaad mountains near Qandala (Bari).",
  E('HQ', 'Islamic State (Somalia)', None, '2025-01-15', L('Qandala', 'SO', 'Bari', 2), 0, 'established a training camp'))
N('acled-note', '2020-12-03', "On 1 December 2020, Military Forces of Armenia withdrew from Lachin district (Lachin), handing control to Military Forces of Azerbaijan under the terms of the ceasefire agreement.",
  E('NVT', 'Military Forces of Azerbaijan', 'Military Forces of Armenia', '2020-12-01', L('Lachin', 'AZ', 'Lachin', 2), 0, 'handing control'))
N('acled-note', '2024-08-12', "On 10 August 2024, the Government of Colombia and the EMC FARC dissident faction signed a 3-month extension of their bilateral ceasefire in Bogota (Bogota D.C.).",
  E('AGR', 'Government of Colombia', 'FARC Dissidents', '2024-08-10', L('Bogota', 'CO', 'Bogota D.C.', 1), 0, 'signed a 3-month extension of their bilateral ceasefire'))
N('wire', '2008-04-14', "DAKAR 2008-04-14\nA faction of Senegal 's Casamance separatist movement MFDC announced on Monday it had appointed a new military commander , Ibrahima Sane , and renounced peace talks with the government .",
  E('CHG', 'MFDC: Movement of Democratic Forces of Casamance', None, 'rel:Monday', L('Senegal', 'SN', None, 4), 0, 'appointed a new military commander'))
N('wire', '2011-09-05', "BUS BOMBING KILLS FOUR IN NORTHERN IRAQ\nKIRKUK , Iraq 2011-09-05\nA bomb attached to a minibus exploded in central Kirkuk on Monday , killing four passengers , police said .",
  E('IED', 'Unidentified Armed Group (Iraq)', 'Civilians (Iraq)', 'rel:Monday', L('Kirkuk', 'IQ', 'Kirkuk', 1), 4, 'A bomb attached to a minibus exploded'))
N('wire', '1997-01-15', "SEOUL 1997-01-15\nRiot police used tear gas to break up a march by thousands of striking workers in central Seoul on Wednesday , detaining dozens , witnesses said .",
  E('PWI', 'Protesters (South Korea)', 'Police Forces of South Korea', 'rel:Wednesday', L('Seoul', 'KR', 'Seoul', 1), 0, 'used tear gas to break up a march'))
N('acled-note', '2018-01-05', "On 3 January 2018, Military Forces of Turkey fired artillery shells at YPG positions near Afrin (Aleppo). The same day, a Turkish drone struck a vehicle near Jinderes (Aleppo), killing 2 YPG fighters.",
  E('SH', 'Military Forces of Turkey', 'YPG: Peoples Protection Units', '2018-01-03', L('Afrin', 'SY', 'Aleppo', 2), None, 'fired artillery shells'),
  E('AIR', 'Military Forces of Turkey', 'YPG: Peoples Protection Units', '2018-01-03', L('Jinderes', 'SY', 'Aleppo', 2), 2, 'a Turkish drone struck a vehicle'))
# ---- batch 8 ----
N('wire', '1998-06-05', "ADDIS ABABA 1998-06-05\nEritrea and Ethiopia traded accusations on Friday over their border dispute , each blaming the other for starting the conflict , as U.S. envoys shuttled between the two capitals .")
N('acled-note', '2015-03-18', "On 16 March 2015, Islamic State militants detonated a roadside bomb laced with chlorine against a Military Forces of Iraq convoy near Baiji (Salah al-Din); 11 soldiers were treated for breathing problems.",
  E('CW', 'Islamic State (Iraq)', 'Military Forces of Iraq', '2015-03-16', L('Baiji', 'IQ', 'Salah al-Din', 2), None, 'detonated a roadside bomb laced with chlorine'))
N('acled-note', '2024-05-14', "On 12 May 2024, Russian drones dropped munitions containing chloropicrin on Military Forces of Ukraine positions near Robotyne (Zaporizhzhia), according to the Ukrainian General Staff.",
  E('CW', 'Military Forces of Russia', 'Military Forces of Ukraine', '2024-05-12', L('Robotyne', 'UA', 'Zaporizhzhia', 2), None, 'dropped munitions containing chloropicrin'))
N('wire', '2017-03-28', "ALEPPO, Syria (AP) — Activists said a government warplane dropped a bomb that released a sarin-like gas on the rebel-held village of Tal Hadya on Monday, killing 11 people, including children. The government denied using chemical weapons.",
  E('CW', 'Military Forces of Syria', 'Civilians (Syria)', 'rel:Monday', L('Tal Hadya', 'SY', 'Aleppo', 1), 11, 'dropped a bomb that released a sarin-like gas'))
N('acled-note', '2025-02-05', "On 3 February 2025, the Kachin Independence Army accused Military Forces of Myanmar of dropping bombs containing toxic gas on its positions near Bhamo (Kachin), sickening 6 fighters.",
  E('CW', 'Military Forces of Myanmar', 'KIA: Kachin Independence Army', '2025-02-03', L('Bhamo', 'MM', 'Kachin', 2), None, 'dropping bombs containing toxic gas', mod='claimed'))
N('brief', '2015-08-13', "Iraqi Kurdish officials say Peshmerga fighters suffered burns and vomiting after Islamic State fired mortar rounds filled with mustard agent at their positions near Makhmour on Tuesday.",
  E('CW', 'Islamic State (Iraq)', 'Peshmerga', 'rel:Tuesday', L('Makhmour', 'IQ', 'Erbil', 2), None, 'fired mortar rounds filled with mustard agent'))
N('acled-note', '2020-10-11', "On 9 October 2020, JNIM released 4 hostages, including a prominent opposition politician, near Tessalit (Kidal) under a deal with the Government of Mali that freed about 200 prisoners.",
  E('AGR', 'JNIM: Group for Support of Islam and Muslims', 'Government of Mali', '2020-10-09', L('Tessalit', 'ML', 'Kidal', 2), 0, 'under a deal'))
N('acled-note', '2026-02-09', "On 7 February 2026, the Government of Mozambique declared a state of emergency in Cabo Delgado province (Cabo Delgado) and imposed a night curfew in Pemba.",
  E('OTH', 'Government of Mozambique', None, '2026-02-07', L('Cabo Delgado', 'MZ', 'Cabo Delgado', 3), 0, 'declared a state of emergency', plover='COERCE'))
N('acled-note', '2023-06-03', "On 1 June 2023, Taliban authorities released 60 former soldiers from prison in Kandahar (Kandahar) under a general amnesty.",
  E('OTH', 'Taliban', 'Military Forces of Afghanistan', '2023-06-01', L('Kandahar', 'AF', 'Kandahar', 1), 0, 'released 60 former soldiers', plover='RETREAT'))
N('acled-note', '2021-06-16', "On 14 June 2021, Military Forces of Burkina Faso banned the movement of motorcycles and pickup trucks across the Est region (Est) for 3 months to counter jihadist attacks.",
  E('OTH', 'Military Forces of Burkina Faso', None, '2021-06-14', L('Est', 'BF', 'Est', 3), 0, 'banned the movement of motorcycles', plover='COERCE'))
N('acled-note', '2024-01-11', "On 9 January 2024, the Government of Ecuador declared an 'internal armed conflict' in Quito (Pichincha) and designated 22 criminal gangs as terrorist organisations.",
  E('OTH', 'Government of Ecuador', None, '2024-01-09', L('Quito', 'EC', 'Pichincha', 1), 0, "declared an 'internal armed conflict'", plover='COERCE'))
N('acled-note', '2023-08-15', "On 13 August 2023, MINUSMA handed over its camp in Ber (Timbuktu) to Military Forces of Mali after withdrawing its peacekeepers.",
  E('NVT', 'Military Forces of Mali', 'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali', '2023-08-13', L('Ber', 'ML', 'Timbuktu', 1), 0, 'handed over its camp'))
N('wire', '2019-05-12', "ADEN (Reuters) - Houthi forces on Saturday handed control of the Red Sea port of Salif to a local coast guard unit, U.N. monitors said, in the first step of a redeployment agreed under a U.N.-brokered deal.",
  E('NVT', 'Coast Guard (Yemen)', 'Ansar Allah', 'rel:Saturday', L('Salif', 'YE', 'Al Hudaydah', 1), 0, 'handed control of the Red Sea port'))
N('brief', '2021-08-08', "Taliban fighters walked into Sheberghan unopposed on Friday after a local strongman's militia withdrew from the city, a provincial official said.",
  E('NVT', 'Taliban', 'Junbish-i-Milli Militia', 'rel:Friday', L('Sheberghan', 'AF', 'Jowzjan', 1), 0, 'walked into Sheberghan unopposed'))
N('acled-note', '2022-03-24', "On 22 March 2022, Military Forces of Israel demolished 3 Palestinian homes in Masafer Yatta (Hebron, West Bank), citing a lack of building permits.",
  E('LOOT', 'Military Forces of Israel', 'Civilians (Palestine)', '2022-03-22', L('Masafer Yatta', 'PS', 'West Bank', 2), 0, 'demolished 3 Palestinian homes'))
N('acled-note', '2018-07-08', "On 6 July 2018, Fulani ethnic militiamen destroyed farmland and burned crops in Riyom (Plateau). No casualties were reported.",
  E('LOOT', 'Fulani Ethnic Militia (Nigeria)', 'Civilians (Nigeria)', '2018-07-06', L('Riyom', 'NG', 'Plateau', 1), 0, 'destroyed farmland and burned crops'))
N('wire', '2018-06-01', "BELEDWEYNE, Somalia (Reuters) - Al Shabaab militants set fire to 12 trucks carrying khat at a checkpoint they had set up near Bulo Burte on Wednesday after the drivers refused to pay taxes, officials said. The drivers were released unharmed.",
  E('LOOT', 'Al Shabaab', 'Civilians (Somalia)', 'rel:Wednesday', L('Bulo Burte', 'SO', 'Hiraan', 2), 0, 'set fire to 12 trucks'))
N('acled-note', '2021-07-10', "On 8 July 2021, Dan Na Ambassagou and Fulani community representatives signed a local peace pact in Bankass (Mopti) under the auspices of the regional governor.",
  E('AGR', 'Dan Na Ambassagou', 'Fulani Ethnic Militia (Mali)', '2021-07-08', L('Bankass', 'ML', 'Mopti', 1), 0, 'signed a local peace pact'))
N('acled-note', '2026-03-04', "On 2 March 2026, Islamic State West Africa Province announced a new leader in a statement released via Amaq, after its previous wali was reportedly killed.",
  E('CHG', 'Islamic State West Africa Province', None, '2026-03-02', L('Nigeria', 'NG', None, 4), 0, 'announced a new leader'))
N('wire', '2025-03-10', "BEIRUT (Reuters) - Three Syrian rebel factions operating in Daraa province announced on Sunday they would merge into a single formation called the Southern Liberation Army, a spokesman said. The factions fought together against government forces until 2018.",
  E('CHG', 'Southern Liberation Army', None, 'rel:Sunday', L('Daraa', 'SY', 'Daraa', 3), 0, 'would merge into a single formation'))
N('acled-note', '2020-05-07', "On 5 May 2020, Military Forces of Turkey set up a new observation post near Ariha (Idleb).",
  E('HQ', 'Military Forces of Turkey', None, '2020-05-05', L('Ariha', 'SY', 'Idleb', 2), 0, 'set up a new observation post'))
N('wire', '2022-04-12', "GAO 2022-04-12\nMalian troops backed by Russian instructors set up a new base at the airport in Menaka on Monday , a local official said , weeks after French forces left the town .",
  E('HQ', 'Military Forces of Mali', None, 'rel:Monday', L('Menaka', 'ML', 'Menaka', 1), 0, 'set up a new base'))
N('wire', '2022-12-10', "MOGADISHU (Reuters) - Somali troops backed by clan militias recaptured the town of Adan Yabaal from al Shabaab on Friday after a short battle, a military commander said. \"The militants fled toward the forest,\" he said.",
  E('GRT', 'Military Forces of Somalia', 'Al Shabaab', 'rel:Friday', L('Adan Yabaal', 'SO', 'Middle Shabelle', 1), None, 'recaptured'))
N('acled-note', '2025-07-13', "On 11 July 2025, Viv Ansanm gang members took control of Mirebalais (Centre) after a 2-day assault, forcing Police Forces of Haiti to withdraw; at least 10 people were killed.",
  E('NSO', 'Viv Ansanm', 'Police Forces of Haiti', '2025-07-11', L('Mirebalais', 'HT', 'Centre', 1), 10, 'took control'))
N('wire', '2023-11-05', "YANGON (Reuters) - Ethnic armed groups seized the border town of Panghsai from the military on Friday, a spokesman for the Myanmar National Democratic Alliance Army said, in the biggest offensive since the coup. The junta did not comment.",
  E('NSO', 'MNDAA: Myanmar National Democratic Alliance Army', 'Military Forces of Myanmar', 'rel:Friday', L('Panghsai', 'MM', 'Shan', 1), None, 'seized the border town'))
N('wire', '2013-04-15', "GRENADE ATTACK ON BUS KILLS TWO\nNAIROBI , Kenya 2013-04-15\nAttackers threw a grenade into a crowded minibus in Nairobi 's Eastleigh district on Sunday , killing two passengers , police said .",
  E('GR', 'Unidentified Armed Group (Kenya)', 'Civilians (Kenya)', 'rel:Sunday', L('Nairobi - Eastleigh', 'KE', 'Nairobi', 1), 2, 'threw a grenade'))
N('acled-note', '2024-09-09', "On 7 September 2024, suspected militants lobbed a grenade at a CRPF bunker in Sopore (Jammu and Kashmir); it exploded outside the bunker, causing no injuries.",
  E('GR', 'Unidentified Armed Group (India)', 'Police Forces of India', '2024-09-07', L('Sopore', 'IN', 'Jammu and Kashmir', 1), 0, 'lobbed a grenade'))
N('wire', '2024-08-12', "GOMA, Congo (Reuters) - Doctors at a Goma hospital said they had treated 18 women who were raped by armed men during an attack on the Bulengo displacement camp on Sunday.",
  E('SV', 'Unidentified Armed Group (Democratic Republic of Congo)', 'Civilians (Democratic Republic of Congo)', 'rel:Sunday', L('Bulengo', 'CD', 'North Kivu', 1), None, 'raped'))
N('web', '2024-04-15', "Thousands march in Tbilisi against 'foreign agents' bill. The rally on Saturday evening passed off peacefully, organisers said.",
  E('PP', 'Protesters (Georgia)', None, 'rel:Saturday', L('Tbilisi', 'GE', 'Tbilisi', 1), 0, 'Thousands march'))
N('wire', '2001-06-20', "BUENOS AIRES 2001-06-20\nThousands of unemployed workers blocked highways across Argentina on Wednesday to demand jobs , the biggest protest in months , but the blockades ended peacefully , police said .",
  E('PP', 'Protesters (Argentina)', None, 'rel:Wednesday', L('Argentina', 'AR', None, 4), 0, 'blocked highways'))
# ---- batch 9 ----
N('web', '2023-03-01', "Five things to know about the Sahel's jihadist insurgency. The insurgency that began in northern Mali in 2012 has spread to Burkina Faso and Niger, killing tens of thousands of people and displacing millions.")
N('wire', '2022-09-17', "NEW YORK (AP) — A federal judge on Friday sentenced a Brooklyn man to 15 years in prison for trying to join the Islamic State group in Syria. His lawyer said he would appeal.")
N('wire', '1996-04-15', "PRETORIA 1996-04-15\nSouth Africa 's Truth and Reconciliation Commission opened its first public hearings on Monday into political killings during the apartheid era .")
N('brief', '2024-01-28', "Militants could target election rallies, the interior ministry warned on Sunday, urging candidates to limit campaign events in the northwest.")
N('wire', '2023-02-16', "MANAGUA (Reuters) - Nicaragua's government on Wednesday stripped 94 opposition figures of their citizenship, calling them traitors to the homeland.")
N('web', '2023-09-27', "Mali's junta postponed next year's presidential election indefinitely on Tuesday, citing security concerns and a dispute with a French firm over the voter database.")
N('wire', '2024-01-31', "GENEVA (AP) — The U.N. human rights office said Tuesday that at least 4,600 civilians have been killed by the military in Myanmar since the 2021 coup, and called for an arms embargo.")
N('wire', '1999-06-02', "JOHANNESBURG 1999-06-02\nSouth Africans voted peacefully on Wednesday in the country 's second democratic election , with long queues but no reports of violence .")
N('brief', '2024-11-12', "The defence ministry said it would hold a memorial next week for soldiers killed during last year's northern offensive.")
N('wire', '2021-05-04', "ISLAMABAD (Reuters) - Pakistan's Supreme Court on Monday upheld death sentences handed down by military courts to four militants convicted of attacking security forces, their lawyers said.")
N('wire', '2021-12-31', "KHARTOUM (Reuters) - Sudanese security forces fired live rounds and tear gas at thousands of protesters marching toward the presidential palace in Khartoum on Thursday, killing at least five, medics said. \"They were shooting directly at us,\" one protester said. The march was the largest since the coup.",
  E('EXF', 'Police Forces of Sudan', 'Protesters (Sudan)', 'rel:Thursday', L('Khartoum', 'SD', 'Khartoum', 1), 5, 'fired live rounds and tear gas at thousands of protesters'))
N('acled-note', '2018-08-03', "On 1 August 2018, Military Forces of Zimbabwe opened fire on opposition supporters protesting over delayed election results in Harare (Harare), killing 6.",
  E('EXF', 'Military Forces of Zimbabwe', 'Protesters (Zimbabwe)', '2018-08-01', L('Harare', 'ZW', 'Harare', 1), 6, 'opened fire on opposition supporters'))
N('acled-note', '2021-03-07', "On 5 March 2021, supporters of Ousmane Sonko clashed with police and set fire to a supermarket in Dakar (Dakar); 1 protester was killed.",
  E('VD', 'Rioters (Senegal)', 'Police Forces of Senegal', '2021-03-05', L('Dakar', 'SN', 'Dakar', 1), 1, 'clashed with police'))
N('acled-note', '2023-08-21', "On 19 August 2023, a mob burned 2 churches and several Christian homes in Jaranwala (Punjab) after blasphemy accusations. No deaths were reported.",
  E('MOB', 'Rioters (Pakistan)', 'Civilians (Pakistan)', '2023-08-19', L('Jaranwala', 'PK', 'Punjab', 1), 0, 'a mob burned 2 churches'))
N('acled-note', '2024-05-29', "On 27 May 2024, JNIM militants imposed a blockade on Djibo (Sahel), preventing the movement of goods and people into the town.",
  E('OTH', 'JNIM: Group for Support of Islam and Muslims', 'Civilians (Burkina Faso)', '2024-05-27', L('Djibo', 'BF', 'Sahel', 1), 0, 'imposed a blockade', plover='COERCE'))
N('acled-note', '2024-04-16', "On 14 April 2024, Hezbollah fired anti-tank missiles at a Military Forces of Israel position near Metula (Northern District), injuring 2 soldiers.",
  E('SH', 'Hezbollah', 'Military Forces of Israel', '2024-04-14', L('Metula', 'IL', 'Northern District', 2), None, 'fired anti-tank missiles'))
N('wire', '1999-04-06', "BELGRADE 1999-04-06\nNATO warplanes bombed the centre of the southern Serbian town of Aleksinac on Monday night , killing at least five civilians , Serbian state television said .",
  E('AIR', 'NATO: North Atlantic Treaty Organization', 'Civilians (Serbia)', 'rel:Monday', L('Aleksinac', 'RS', 'Nišava', 1), 5, 'NATO warplanes bombed'))
N('acled-note', '2023-10-23', "On 21 October 2023, Imbonerakure members took away an opposition CNL member from his home in Gitega (Gitega); his whereabouts remain unknown.",
  E('ABD', 'Imbonerakure', 'CNL: National Congress for Freedom', '2023-10-21', L('Gitega', 'BI', 'Gitega', 1), None, 'took away'))
N('wire', '2022-01-04', "BOGOTA, Colombia (AP) — FARC dissidents and ELN guerrillas fought for control of drug routes in the eastern province of Arauca on Monday, leaving at least 11 fighters dead, the army said. The fighting near the town of Tame forced hundreds of families to flee.",
  E('AC', 'FARC Dissidents', 'ELN: National Liberation Army', 'rel:Monday', L('Tame', 'CO', 'Arauca', 2), 11, 'fought'))
N('wire', '2025-11-17', "KISMAYO, Somalia (Reuters) - Al Shabaab fighters attacked a Jubaland forces base near Afmadow on Saturday, sparking a gunbattle that killed nine soldiers and 14 militants, officials said. It was the deadliest attack in the region since a suicide car bomb killed 26 people at a Kismayo hotel in July 2019.",
  E('AC', 'Al Shabaab', 'Jubaland Security Forces', 'rel:Saturday', L('Afmadow', 'SO', 'Lower Juba', 2), 23, 'attacked a Jubaland forces base'),
  E('SB', None, 'Civilians (Somalia)', '2019-07', L('Kismayo', 'SO', 'Lower Juba', 1), 26, 'a suicide car bomb killed 26 people', bg=True))
