// Built-in Korean-English news vocabulary, written for this project (not taken from any corpus).
// One concept per line: Korean stems | English base forms. Korean stems match inside longer words
// (정부 in 정부는, 경제성장 contains 경제 and 성장); English forms match after light lemmatization.
// Kept to words that translators render consistently; vague words would add noise, not evidence.
// The general vocabulary of builtin-lexicon-ko-en-general.ts (decision 035) is appended.
import { GENERAL_DATA } from './builtin-lexicon-ko-en-general';

const DATA = `
정부,행정부 | government,administration
대통령 | president,presidential
총리 | prime minister,premier
장관 | minister,secretary
국회,의회 | parliament,assembly,congress,lawmaker
의원 | lawmaker,legislator,senator,congressman,mp
선거,총선,대선 | election,vote,poll
투표,표결 | vote,ballot
정당 | party
여당 | ruling party
야당 | opposition
민주당 | democrat,democratic
국민의힘 | people power
불참 | boycott
공화당 | republican
보수 | conservative
진보 | progressive,liberal
법원,재판부 | court
대법원 | supreme court
판사 | judge
검찰,검사 | prosecutor,prosecution
경찰 | police,officer
변호사 | lawyer,attorney
재판 | trial
판결 | ruling,verdict
혐의 | charge,allegation,accused,suspect
체포 | arrest
수사 | investigation,probe
조사 | investigation,survey,inquiry
범죄 | crime,criminal
살인 | murder,killing
피해자 | victim
사망,숨졌,숨진,사망자 | death,die,dead,fatal
부상,다쳤,부상자 | injury,injured,wounded,hurt
병원 | hospital
의사 | doctor
환자 | patient
질병,병 | disease,illness
바이러스 | virus
백신 | vaccine
건강 | health
사고 | accident,crash
화재,불 | fire,blaze
지진 | earthquake,quake
태풍 | typhoon,storm
홍수 | flood
날씨 | weather
기후 | climate
환경 | environment
경제 | economy,economic
시장 | market,mayor
주식,증시 | stock,share
가격,값 | price
물가 | price,inflation
인플레이션 | inflation
금리 | interest rate,rate
은행 | bank
중앙은행 | central bank
세금 | tax
예산 | budget
투자 | investment,invest,investor
기업,회사 | company,firm,business,corporation
산업 | industry
수출 | export
수입 | import,income,revenue
무역 | trade
관세 | tariff
성장 | growth,grow
매출 | sales,revenue
이익,수익 | profit,earnings
손실 | loss
부채,빚 | debt
일자리,고용 | job,employment
실업 | unemployment,jobless
노동자,근로자 | worker,labor
파업 | strike
임금 | wage,pay
달러 | dollar
유로 | euro
파운드 | pound
원화 | won
전쟁 | war
군,군대,군사 | military,army,troops,force
병사,군인 | soldier
공격 | attack
미사일 | missile
핵 | nuclear
무기 | weapon,arms
테러 | terror,terrorism,terrorist
평화 | peace
협상 | negotiation,talks
회담,정상회담 | summit,talks,meeting
합의 | agreement,deal,accord
조약 | treaty
제재 | sanction
동맹 | alliance,ally
외교 | diplomatic,diplomacy,diplomat
대사 | ambassador
난민 | refugee
이민 | immigration,immigrant,migrant
국경 | border
안보 | security
국방 | defense,defence
미국 | united states,america,american,u.s
한국 | south korea,korea,korean
북한 | north korea,north korean
중국 | china,chinese
일본 | japan,japanese
러시아 | russia,russian
영국 | britain,uk,british,england
프랑스 | france,french
독일 | germany,german
유럽 | europe,european
유럽연합 | european union,eu
인도 | india,indian
캐나다 | canada
호주 | australia
이스라엘 | israel
우크라이나 | ukraine
시리아 | syria
멕시코 | mexico
브라질 | brazil
스코틀랜드 | scotland,scottish
웨일스 | wales,welsh
아일랜드 | ireland,irish
서울 | seoul
워싱턴 | washington
런던 | london
베이징 | beijing
도쿄 | tokyo
뉴욕 | new york
파리 | paris
유엔 | united nations,un
학교 | school
학생 | student,pupil
대학,대학교 | university,college
교육 | education
교사 | teacher
아이,어린이,아동 | child,kid
부모 | parent
가족 | family
여성 | woman,female
남성 | male
소녀 | girl
소년 | boy
아버지 | father
어머니 | mother
아들 | son
딸 | daughter
남편 | husband
아내 | wife
인구 | population
주민 | resident
시민 | citizen
국민 | citizen,nation
국가,나라 | country,nation,state
도시 | city
마을 | village,town
지역 | region,area,local
주택 | house,housing
건물 | building
도로 | road
공항 | airport
항공,비행기 | flight,plane,airline
기차,열차 | train
자동차,차량 | car,vehicle
선박 | ship,boat
교통 | traffic,transport
연구 | research,study
연구원,연구자 | researcher
과학자 | scientist
과학 | science
기술 | technology
인터넷 | internet,online
컴퓨터 | computer
전화 | phone,telephone
스마트폰 | smartphone
데이터 | data
정보 | information,intelligence
소셜미디어 | social media
뉴스 | news
신문 | newspaper
기자 | reporter,journalist
방송 | broadcast,broadcaster
성명 | statement
발표 | announce,announcement,release
보도 | report
보고서 | report
인터뷰 | interview
대변인 | spokesman,spokeswoman,spokesperson
관계자,당국자 | official
당국 | authorities,authority
위원회 | committee,commission
법,법안 | law,bill,legislation
규정,규제 | rule,regulation
정책 | policy
개혁 | reform
계획 | plan
결정 | decision,decide
위기 | crisis
위험 | risk,danger
안전 | safety,safe
시위 | protest,demonstration,protester
반대 | oppose,opposition,against
지지 | support,supporter
비판 | criticism,criticize,critic
논란 | controversy
스캔들 | scandal
사임 | resign,resignation
임명 | appoint
승리 | win,victory
패배 | defeat,loss
경기 | game,match
선수 | player,athlete
팀 | team
감독 | coach,manager,director
축구 | football,soccer
야구 | baseball
올림픽 | olympic,olympics
월드컵 | world cup
우승 | championship
음악 | music
영화 | film,movie
책 | book
예술 | art
박물관 | museum
종교 | religion,religious
교회 | church
음식 | food
물 | water
에너지 | energy
석유 | oil
가스 | gas
전기 | electricity,power
원자력 | nuclear power
탄소 | carbon
배출 | emission
오늘 | today
어제 | yesterday
내일 | tomorrow
올해 | this year
지난해,작년 | last year
내년 | next year
주말 | weekend
월요일 | monday
화요일 | tuesday
수요일 | wednesday
목요일 | thursday
금요일 | friday
토요일 | saturday
일요일 | sunday
아침 | morning
밤 | night
시간 | hour
개월 | month
세기 | century
퍼센트,%p | percent,per cent
절반 | half
최초 | first
마지막 | final
최대 | largest,biggest,maximum
최고 | highest,best
최저 | lowest
증가,늘어,늘었 | increase,rise,rose,grow
감소,줄어,줄었 | decrease,decline,fall,fell,drop
상승 | rise,rose,gain
하락 | fall,fell,drop,decline
경고 | warn,warning
위협 | threat,threaten
요구 | demand
약속 | promise,pledge
거부 | refuse,reject
승인 | approve,approval
허가 | permit,permission
금지 | ban,prohibit
조치 | measure
지원 | support,aid
원조 | aid
기부 | donation,donate
빈곤 | poverty,poor
부자 | rich,wealthy
소비자 | consumer
고객 | customer
제품 | product
서비스 | service
광고 | advertising,advert,ad
브렉시트 | brexit
트럼프 | trump
바이든 | biden
오바마 | obama
존슨 | johnson
시진핑 | xi
푸틴 | putin
김정은 | kim jong-un,kim
문재인 | moon jae-in,moon
아베 | abe
메르켈 | merkel
마크롱 | macron
북쪽,북부 | north,northern
남쪽,남부 | south,southern
동쪽,동부 | east,eastern
서쪽,서부 | west,western
말했,밝혔,전했 | say,said,told
주장 | claim,argue,insist
발견 | found,discover,discovery
국내 | domestic
외국,해외 | foreign,overseas
세계 | world,global
국제 | international
전국 | nationwide,national
골 | goal
공 | ball
리그 | league
시즌 | season
페널티 | penalty
득점 | score
무승부 | draw
남자 | man
여자 | woman
생명,삶,인생 | life
시신,신체 | body
살해 | murder,kill
총격 | shooting,gunman
폭발 | explosion,blast
폭탄 | bomb
폭력 | violence,violent
암 | cancer
의료 | medical
치료 | treatment,treat
마약 | drug
식당,음식점 | restaurant
상점,가게,매장 | store,shop
판매 | sale,sell
구매 | purchase,buy
비용 | cost
돈 | money
재정,금융 | financial,finance
연방 | federal
주지사 | governor
상원 | senate,senator
하원 | house of representatives
청문회 | hearing
후보 | candidate,nominee
지명 | nominate,nomination
대법관 | justice
유권자 | voter
독립 | independence,independent
국민투표 | referendum
회원,구성원,멤버 | member
지도자 | leader
메시지 | message
편지 | letter
이메일 | email
사진 | photo,picture,photograph
비디오,영상 | video,footage
카메라 | camera
항공기 | aircraft
추락 | crash
충돌 | collision,clash
허리케인 | hurricane
폭풍 | storm
바다 | sea
해안 | coast
섬 | island
호수 | lake
공원 | park
거리 | street
마일 | mile
킬로미터 | kilometer,kilometre
미터 | meter,metre
오후 | afternoon,p.m
오전 | a.m
저녁 | evening
경기장,스타디움 | stadium
클럽 | club
팬 | fan
관중 | crowd,spectator
결승 | final
챔피언 | champion
메달 | medal
기록 | record
점수 | point
분석 | analysis
전문가 | expert
교수 | professor
결과 | result
효과 | effect
영향 | impact,influence,affect
변화 | change
기온,온도 | temperature
농부,농민 | farmer
농업 | agriculture,farming
동물 | animal
고양이 | cat
박쥐 | bat
숲 | forest
나무 | tree
식물 | plant
세포 | cell
유전자 | gene
뇌 | brain
심장 | heart
혈액 | blood
아기 | baby
결혼 | marriage,married,wedding
이혼 | divorce
장례 | funeral
축제 | festival
콘서트 | concert
노래 | song
가수 | singer
배우 | actor,actress
작가 | writer,author
소설 | novel
아름다 | beauty,beautiful
사람 | people,person
버스 | bus
노선 | route
음료 | drink,beverage
여행 | travel,trip
패션 | fashion
디자인 | design
브랜드 | brand
최고경영자 | chief executive,ceo
직원 | employee,staff
노조 | union
계약 | contract
소송 | lawsuit,sue
징역,감옥,교도소 | prison,jail
석방 | release
구금 | detention,detain
기소 | indict,indictment
유죄 | guilty
무죄 | innocent
증거 | evidence
증언 | testimony,testify
목격자 | witness
용의자 | suspect
소방관 | firefighter
구조 | rescue
대피 | evacuate,evacuation
망명 | asylum
추방 | deport,deportation
비자 | visa
여권 | passport
관광객 | tourist
관광 | tourism
호텔 | hotel
식품 | food
커피 | coffee
술 | alcohol
담배 | tobacco,cigarette
흡연 | smoking
비만 | obesity
캠페인 | campaign
연설 | speech
토론 | debate
트위터,트윗 | twitter,tweet
페이스북 | facebook
구글 | google
삼성 | samsung
현대 | hyundai
전기차 | electric car
배터리 | battery
석탄 | coal
태양광 | solar
비핵화 | denuclearization
핵무기 | nuclear weapon
국방부 | pentagon
국무부 | state department
국무장관 | secretary of state
협정 | pact
위안 | yuan
부동산 | property,real estate
임대료,월세 | rent
대출 | loan
이자 | interest
신용 | credit
보험 | insurance
연금 | pension
복지 | welfare
적자 | deficit
흑자 | surplus
시작 | start,begin,launch
종료 | end
계속 | continue
도착 | arrive,arrival
출발 | depart,departure
방문 | visit
만나,만남 | meet
참석 | attend
참여,참가 | participate,join
취소 | cancel
지연 | delay
우려,걱정 | concern,worry,fear
희망 | hope
기대 | expect,expectation
생각 | think
질문 | question
대답,답변 | answer,reply,respond
설명 | explain
인정 | admit,acknowledge
사과 | apologize,apology
감사 | thank
축하 | celebrate,congratulate
비난 | condemn,blame
공개 | reveal,disclose
발생 | occur,happen
사건 | incident,case
상황 | situation
이유 | reason
방법 | way,method
역사 | history,historic
미래 | future
과거 | past
최근 | recent,recently
이미 | already
다시 | again
함께 | together
싱가포르 | singapore
베트남 | vietnam
태국 | thailand
필리핀 | philippines
인도네시아 | indonesia
대만 | taiwan
홍콩 | hong kong
이탈리아 | italy,italian
스페인 | spain,spanish
네덜란드 | netherlands,dutch
벨기에 | belgium
스웨덴 | sweden,swedish
노르웨이 | norway
폴란드 | poland,polish
그리스 | greece,greek
터키 | turkey,turkish
이집트 | egypt
사우디 | saudi
이라크 | iraq
아프가니스탄 | afghanistan
파키스탄 | pakistan
남아공 | south africa
나이지리아 | nigeria
아르헨티나 | argentina
칠레 | chile
볼리비아 | bolivia
페루 | peru
베네수엘라 | venezuela
쿠바 | cuba
아프리카 | africa
아시아 | asia
중동 | middle east
캘리포니아 | california
텍사스 | texas
플로리다 | florida
시카고 | chicago
부산 | busan
평양 | pyongyang
청와대 | blue house
백악관 | white house
맨체스터 | manchester
리버풀 | liverpool
첼시 | chelsea
에든버러 | edinburgh
글래스고 | glasgow
`;

export interface ConceptRow {
  source: string[];
  target: string[];
  /** A row of the general vocabulary (builtin-lexicon-ko-en-general.ts), weighed as GENERAL_WEIGHT. */
  general: boolean;
}

function parseRows(data: string, general: boolean): ConceptRow[] {
  const terms = (s: string) =>
    s
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t.length > 0);
  return data
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.includes('|'))
    .map((line) => {
      const [ko, en] = line.split('|');
      return { source: terms(ko), target: terms(en), general };
    });
}

export const KO_EN_CONCEPTS: readonly ConceptRow[] = [...parseRows(DATA, false), ...parseRows(GENERAL_DATA, true)];
