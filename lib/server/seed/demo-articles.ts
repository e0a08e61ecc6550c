import 'server-only';
// Three fictional newsroom pairs written for Bitext Desk's demo and tests. The English versions are free
// "English edition" renderings: sentences are merged, split, dropped and added the way real desks do.
// Everything here is invented; names, figures and events do not refer to real ones.

export interface DemoArticle {
  title: string;
  sourceUrl: string;
  targetUrl: string;
  ko: string;
  en: string;
}

export const demoArticles: DemoArticle[] = [
  {
    title: 'Seoul to run driverless night buses on three routes',
    sourceUrl: 'https://news.example.kr/ko/society/1001',
    targetUrl: 'https://news.example.kr/en/society/1001',
    ko: `서울시, 심야 자율주행 버스 3개 노선으로 확대

서울시가 다음 달 1일부터 심야 자율주행 버스를 3개 노선으로 확대 운행한다고 27일 밝혔다. 새로 추가되는 노선은 강남역과 잠실역, 그리고 홍대입구역을 잇는다.

자율주행 버스는 밤 11시 30분부터 새벽 5시 10분까지 약 20분 간격으로 운행된다. 요금은 일반 심야버스와 같은 2,500원이다.

시는 지난해 시범 운행 기간에 모두 4만2천여 명이 버스를 이용했다고 설명했다. 같은 기간 사고는 한 건도 없었다.

김민수 서울시 교통정책과장은 "늦은 시간에 귀가하는 시민들의 불편을 줄이겠다"며 "안전 요원은 당분간 계속 탑승한다"고 말했다.

다만 일부 택시 업계는 생계에 영향을 줄 수 있다며 반발하고 있다.`,
    en: `Seoul expands driverless night buses to three routes

Seoul will run its self-driving late-night buses on three routes from the first of next month, the city government said on Nov. 27, adding new lines that link Gangnam, Jamsil and Hongik University stations.

The buses will run about every 20 minutes from 11:30 p.m. to 5:10 a.m.

Fares will stay at 2,500 won, the same as for regular night buses.

About 42,000 passengers rode the buses during last year's pilot, and there were no accidents, according to the city.

"We want to make the trip home easier for people who finish late," said Kim Min-su, who heads the city's transport policy division. Safety staff will stay on board for now, he added.

Seoul first tested autonomous vehicles on public roads in 2020.`,
  },
  {
    title: 'Central bank holds rate at 3.25 percent',
    sourceUrl: 'https://news.example.kr/ko/economy/2002',
    targetUrl: 'https://news.example.kr/en/economy/2002',
    ko: `한은, 기준금리 연 3.25% 동결

한국은행 금융통화위원회는 10일 기준금리를 연 3.25%로 유지했다. 지난 4월 이후 네 차례 연속 동결이다.

이창호 총재는 기자간담회에서 "물가 상승률이 목표 수준으로 내려오고 있지만 가계부채 증가세가 여전히 걱정스럽다"고 말했다.

지난달 가계대출은 3조2천억원 늘어 석 달째 증가세를 이어갔다. 주택담보대출이 증가분의 대부분을 차지했다.

시장에서는 내년 1분기 중 금리 인하가 시작될 것이라는 전망이 우세하다. 한 증권사 연구원은 "환율이 안정된다면 인하 시점이 앞당겨질 수 있다"고 내다봤다.

원·달러 환율은 이날 1,382.5원에 마감했다.`,
    en: `Bank of Korea holds key rate at 3.25%

The Bank of Korea kept its benchmark interest rate at 3.25 percent on Thursday, leaving it unchanged for the fourth straight meeting since April.

"Inflation is coming down toward our target, but the growth of household debt remains a concern," Governor Lee Chang-ho told reporters.

Household loans rose by 3.2 trillion won last month, the third monthly increase in a row, driven mostly by mortgages.

Most market watchers expect the first cut in the first quarter of next year. A stable currency could bring that forward, one brokerage analyst said.

The won closed at 1,382.5 to the dollar.

Household debt in South Korea is among the highest in the world relative to the size of the economy.`,
  },
  {
    title: 'Jeju tangerine harvest falls 12% after autumn heat',
    sourceUrl: 'https://news.example.kr/ko/regions/3003',
    targetUrl: 'https://news.example.kr/en/regions/3003',
    ko: `가을 폭염에 제주 감귤 수확량 12% 감소

올해 제주 감귤 수확량이 지난해보다 12% 줄어들 것으로 보인다. 9월까지 이어진 늦더위 때문이다.

제주도 농업기술원은 올해 노지 감귤 생산량을 약 40만 톤으로 예상했다. 열매가 갈라지는 열과 현상이 예년보다 두 배 가까이 많았다.

서귀포시에서 30년째 감귤 농사를 짓고 있는 박영자(64)씨는 "이렇게 더운 가을은 처음"이라고 말했다. 그는 "수확철인데도 나무마다 상한 열매가 가득하다"고 덧붙였다.

도는 피해 농가에 모두 150억원을 지원하기로 했다. 지원금은 다음 달 15일까지 지급된다.

가격은 오를 전망이다. 서울 가락시장에서 감귤 5kg 한 상자는 지난주 2만1천원에 거래돼 1년 전보다 18% 비쌌다.`,
    en: `Autumn heat cuts Jeju tangerine harvest by 12%

Jeju Island's tangerine harvest is expected to fall 12 percent from last year after a heat wave that lasted into September.

The island's agricultural research center put this year's open-field crop at about 400,000 tons. Nearly twice as many fruits as usual split open in the heat.

"I have never seen an autumn this hot," said Park Young-ja, 64, who has grown tangerines in Seogwipo for 30 years. "It is harvest time, and every tree is full of spoiled fruit."

The provincial government will give affected farms a total of 15 billion won by Dec. 15.

A 5-kilogram box sold for 21,000 won at Seoul's Garak market last week, 18 percent more than a year earlier.`,
  },
];
