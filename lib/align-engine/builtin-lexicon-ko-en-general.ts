// General Korean-English vocabulary (decision 035), written for this project from general knowledge of
// both languages, not taken from any corpus or dictionary file. Same format as builtin-lexicon-ko-en.ts:
// one concept per line, Korean stems | English base forms. The news list names topics (government,
// election); this one covers the ordinary words a sentence about anything uses (a match, a pass, a hat, a
// grave), so that a true pair rarely shares nothing and "shares nothing" means more. Rules: a Korean stem
// of two syllables or more (one-syllable words match only as whole words), no Korean or English form that
// the news list already has (forms shared between rows would glue two concepts into one), and only words
// translators render consistently.

export const GENERAL_DATA = `
경주,레이스 | race
경쟁 | competition,compete,rival
선두 | lead,top
전반 | first half
후반 | second half
휴식 | break,rest
패스 | pass
슈팅,슛 | shot,shoot
골키퍼 | goalkeeper,keeper
수비 | defender,defensive
공격수,스트라이커 | striker,forward
미드필더,미드필드 | midfielder,midfield
코너 | corner
프리킥 | free kick
헤딩 | header
반칙,파울 | foul
훈련 | training
대회 | tournament,event
준결승 | semi-final,semifinal
골프 | golf,golfer
테니스 | tennis
농구 | basketball
수영 | swimming,swim
자전거 | bicycle,bike,cycling,cyclist
사이클 | cycling,cyclist
달리기,마라톤 | running,marathon
금메달 | gold medal
은메달 | silver medal
동메달 | bronze
트로피 | trophy
무패 | unbeaten
연승 | winning streak
순위 | ranking,rank,standings
경찰관 | police officer
경찰차 | police car
순찰 | patrol
저지선 | cordon
칼부림,흉기 | knife,stabbing
총기 | gun,firearm
사형 | death penalty,capital punishment
재판소 | tribunal
보석금 | bail
고소,고발 | complaint,accuser,accusation
성폭행,성추행 | sexual assault,sexual misconduct
괴롭힘 | harassment,harass,bully
자살 | suicide
실종 | missing,disappearance
납치 | kidnap,abduction
도난,절도 | theft,steal,stolen
강도 | robbery,robber
사기 | fraud,scam
부패 | corruption
뇌물 | bribe,bribery
가정폭력 | domestic violence
정치인 | politician
정치 | politics,political
민주주의 | democracy
독재 | dictator,dictatorship
혁명 | revolution
헌법 | constitution
권리,인권 | rights,human rights
자유 | freedom,liberty
평등 | equality
차별 | discrimination
인종 | racial
성별 | gender
동성애,성소수자 | gay,lgbt
이슈,쟁점 | issue
문제 | problem,issue
해결 | solve,solution,resolve
노력 | effort
목표 | target,aim
전략 | strategy
기회 | chance,opportunity
능력 | ability,capacity
경험 | experience
성공 | success,successful,succeed
실패 | failure,fail
도전 | challenge
책임 | responsibility,responsible
역할 | role
중요 | important,importance
필요 | need,necessary
가능 | possible,possibility
불가능 | impossible
어려움,어렵 | difficult,difficulty,hard
쉽게,쉬운 | easy,easily
관심 | attention
의견 | opinion,view
견해 | view
입장 | position,stance
태도 | attitude
감정 | emotion,emotional,feeling
사랑 | love
행복 | happy,happiness
슬픔,슬퍼 | sad,sadness,grief
분노 | anger,angry,outrage
두려움,공포 | horror,dread
충격 | shock,shocked
놀라 | surprise,surprised,surprising
웃음,웃으 | laugh,laughter,smile
눈물 | tear
울음 | cry
고통 | pain,suffering
스트레스 | stress
정신건강 | mental health
우울증 | depression
트라우마 | trauma
기억 | remember,memory
꿈 | dream
믿음 | belief,faith
신뢰 | trust
존경 | respect
명예 | honour,honor
자부심 | pride,proud
용기 | courage,brave
친구 | friend
동료 | colleague
이웃 | neighbour,neighbor
손자,손녀 | grandchild,grandson,granddaughter
할아버지 | grandfather
할머니 | grandmother
형제 | brother,sibling
자매 | sister
삼촌 | uncle
조카 | nephew,niece
사촌 | cousin
청소년,십대 | teenager,teen,youth
노인 | elderly
은퇴 | retire,retirement
생일 | birthday
묘비 | gravestone,headstone,tombstone
무덤 | grave,tomb
죽음 | death
출산,태어 | birth,born
임신 | pregnant,pregnancy
머리 | head,hair
얼굴 | face
눈물샘 | tear duct
다리 | leg,bridge
몸 | body
피부 | skin
모자 | hat,cap
옷,의류 | clothes,clothing
드레스 | dress
신발 | shoe
가방 | bag
갑옷 | armour,armor
헬멧 | helmet
깃털 | feather
모델 | model
컬렉션 | collection
런웨이 | runway,catwalk
화장품 | cosmetic,makeup
뷰티 | beauty
향수 | perfume
쇼핑 | shopping
쇼핑몰 | mall
슈퍼마켓 | supermarket
약국 | pharmacy,chemist
주유소 | petrol station,gas station
회계 | accounting,accountant
주주 | shareholder
이사회 | board
회장 | chairman,chairwoman,president
사장 | boss
창업자,설립자 | founder
스타트업 | startup,start-up
시장점유율 | market share
경쟁사 | rival,competitor
합병 | merger,merge
인수 | acquisition,acquire,takeover
파산 | bankruptcy,bankrupt
불황,경기침체 | recession
호황 | boom
공급 | supply
생산 | production,produce,output
제조 | manufacturing,manufacture,manufacturer
공장 | factory
자동차업체 | carmaker
수송 | transport,shipment
물류 | logistics
배송 | delivery,deliver
온라인 | online
디지털 | digital
인공지능 | artificial intelligence,ai
로봇 | robot
자율주행 | autonomous,self-driving,driverless
소프트웨어 | software
앱,애플리케이션 | app,application
사이트,웹사이트 | website,site
해킹,해커 | hack,hacker
보안 | security
개인정보 | privacy,personal data
반도체 | semiconductor,chip
텔레비전,티비 | television,tv
시청자 | viewer
시청률 | rating
프로그램 | programme,program
드라마 | drama
코미디 | comedy,comic
다큐멘터리 | documentary
시리즈 | series
에피소드 | episode
주연 | star,starring
캐릭터,등장인물 | character
줄거리 | plot
장면 | scene
관객 | audience
극장 | theatre,theater,cinema
무대 | stage
공연 | performance,perform,show
밴드 | band
그림,회화 | painting
화가 | painter
조각 | sculpture
사진작가 | photographer
출판 | publish,publication,publisher
회고록 | memoir
저자 | author
기사 | article
칼럼 | column,columnist
편집자 | editor
잡지 | magazine
언론 | media,press
소문 | rumour,rumor
비밀 | secret
거짓말 | lie
진실 | truth
사실 | fact
농담 | joke
이야기 | story,talk
대화 | conversation,talk,dialogue
회의 | meeting,conference
연구소 | institute
실험 | experiment
시험 | exam,test
발명 | invention,invent
우주 | space,universe
행성 | planet
위성 | satellite
로켓 | rocket
태양 | sun,solar
지구 | earth,planet
하늘 | sky
구름 | cloud
비 | rain
눈 | snow,eye
바람 | wind
폭우 | heavy rain,downpour
가뭄 | drought
폭염 | heatwave,heat wave
추위 | cold
산불 | wildfire
산 | mountain
해변 | beach
항구 | port,harbour,harbor
사막 | desert
정글 | jungle
들판 | field
농장 | farm
돼지 | pig
닭 | chicken
물고기 | fish
곰 | bear
늑대 | wolf
야생 | wild,wildlife
멸종 | extinct,extinction
서식지,번식지 | habitat,roost
적조 | red tide
오염 | pollution,pollute,contamination
쓰레기 | waste,rubbish,garbage,trash
플라스틱 | plastic
재활용 | recycle,recycling
녹색 | green
빨간,빨강,붉은 | red
파란,파랑 | blue
하얀,흰색 | white
검은,검정 | black
노란 | yellow
베이지 | beige
색깔,색상 | colour,color
크기 | size
무게 | weight
높이 | height
길이 | length
넓은 | wide,broad
거대 | huge,giant
작은 | small,little
큰 | big,large
젊은 | young
빠른,빨리 | fast,quick,quickly
느린,천천히 | slow,slowly
갑자기 | suddenly
조용 | quiet,quietly,silence,silent
시끄러 | noisy,loud
위험한 | dangerous
심각 | serious,severe
완벽 | perfect
특별 | special
유일 | unique
일반 | general,ordinary
공식 | officially
비공식 | unofficial
전통 | tradition,traditional
현대적 | modern
세대 | generation
문화 | culture,cultural
언어 | language
영어 | english
한국어 | korean language
번역 | translation,translate
사회 | society,social
공동체,커뮤니티 | community
자원봉사 | volunteer
자선 | charity
단체 | group,organization,organisation
협회 | association
재단 | foundation
기관 | agency,institution
부처 | ministry,department
시청 | city hall
의장 | chairman,speaker,chair
대표 | representative
대사관 | embassy
영사관 | consulate
국경일 | national holiday
휴일,공휴일 | holiday
휴가 | vacation,holiday
방학 | vacation
크리스마스 | christmas
새해 | new year
여름 | summer
겨울 | winter
봄 | spring
가을 | autumn
계절 | season
분기 | quarter
기간 | period
순간 | moment
평생 | lifetime
매일 | daily,every day
매년 | annual,annually,every year
매주 | weekly,every week
비슷 | similar
차이 | difference
수준 | level
비율 | rate,ratio,proportion
숫자,수치 | number,figure
통계 | statistics
조사결과 | survey results
여론조사 | opinion poll
지지율 | approval rating
투표율 | turnout
과반 | majority
의석 | seat
연립,연정 | coalition
내각 | cabinet
행정명령 | executive order
입법 | legislation,legislative
개정 | amendment,amend
폐지 | abolish,repeal,scrap
도입 | introduce,introduction
시행 | implement,enforcement
운영 | operate
관리 | manage,management
감시 | surveillance,monitor
통제 | control
보호 | protect,protection
방어 | defend
예방 | prevent,prevention
경보 | alert,alarm
비상 | emergency
구급차 | ambulance
응급 | emergency
수술 | surgery,operation
약물,의약품 | medicine,medication
처방 | prescription,prescribe
증상 | symptom
감염 | infection,infect,infected
전염 | transmission,contagious,spread
확산 | spread
에이즈 | aids
호흡기 | respiratory
자극 | irritation
독성 | toxic,toxicity
농도 | concentration
수치 | level
측정 | measure,measurement
검출 | detect,detection
샘플,표본 | sample
주차 | parking
운전 | drive,driving,driver
운전자 | driver
승객 | passenger
승무원 | crew,flight attendant
조종사 | pilot
헬리콥터 | helicopter
택시 | taxi,cab
지하철 | subway,underground,tube
철도 | railway,rail
고속도로 | highway,motorway
터널 | tunnel
입구 | entrance
출구 | exit
건설 | construction,build
공사 | construction
개발 | development,develop
설계 | design
재건 | rebuild,reconstruction
철거 | demolish,demolition
이주 | migrate,migration
정착 | settle,settlement
텐트 | tent
캠프,수용소 | camp
수감 | imprison,jail,inmate
난방 | heating
전력 | power,electricity
연료 | fuel
휘발유 | petrol,gasoline
가스관,파이프라인 | pipeline
원유 | crude oil,crude
수출국 | exporter
수입국 | importer
환율 | exchange rate
통화 | currency
주가 | share price,stock price
지수 | index
펀드 | fund
자금 | fund,funding
세수 | tax revenue
과세 | taxation
보조금 | subsidy,grant
기금 | fund
대학생 | college student,undergraduate
졸업 | graduate,graduation
학위 | degree
수업 | class,lesson
교실 | classroom
도서관 | library
교과서 | textbook
숙제 | homework
장학금 | scholarship
연구팀 | research team
논문 | paper
학자 | scholar,academic
학계 | academia
지식 | knowledge
목사 | pastor
교황 | pope
성당 | cathedral
기도 | prayer,pray
`;
