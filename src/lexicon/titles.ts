// Person titles and roles. PERSON_TITLES precede a name as printed ("Prime Minister Sanae Takaichi",
// "CEO Jane Doe"); ROLE_NOUNS follow a name after a comma, in lower case ("Jane Doe, chief
// economist at ..."). Add one string per title; no duplicates.

export const PERSON_TITLES: readonly string[] = [
  // heads of state and government
  'President', 'Vice President', 'President-elect', 'Prime Minister', 'Deputy Prime Minister', 'Premier', 'Vice Premier',
  'Chancellor', 'Chancellor of the Exchequer', 'King', 'Queen', 'Crown Prince', 'Prince', 'Emir', 'Sheikh',
  // ministers and officials
  'Minister', 'Finance Minister', 'Deputy Finance Minister', 'Vice Finance Minister',
  'Vice Finance Minister for International Affairs', 'Economy Minister', 'Trade Minister', 'Foreign Minister',
  'Energy Minister', 'Oil Minister', 'Industry Minister', 'Chief Cabinet Secretary', 'Secretary', 'Treasury Secretary',
  'Commerce Secretary', 'Secretary of State', 'Trade Representative', 'Commissioner', 'Ambassador', 'Mayor',
  'Spokesperson', 'Spokesman', 'Spokeswoman',
  // legislators and judges
  'Senator', 'Sen.', 'Representative', 'Rep.', 'Congressman', 'Congresswoman', 'House Speaker', 'Speaker',
  'Senate Majority Leader', 'Majority Leader', 'Minority Leader', 'Judge', 'Chief Justice',
  // central banks and regulators
  'Governor', 'Gov.', 'Deputy Governor', 'Fed Governor', 'Fed Chair', 'Fed Chairman', 'Vice Chair', 'Vice Chairman',
  'Chair', 'Chairman', 'Chairwoman', 'Chairperson', 'Board Member',
  // companies
  'CEO', 'Chief Executive', 'Chief Executive Officer', 'CFO', 'Chief Financial Officer', 'COO',
  'Chief Operating Officer', 'CTO', 'Chief Technology Officer', 'CIO', 'Chief Investment Officer',
  'President and CEO', 'Executive Chairman', 'Director', 'Managing Director', 'Executive Director',
  'Executive Vice President', 'Senior Vice President', 'General Manager', 'Founder', 'Co-founder', 'Partner',
  'Managing Partner', 'Head', 'Head of Research',
  // markets and research
  'Chief Economist', 'Senior Economist', 'Economist', 'Chief Strategist', 'Chief Market Strategist',
  'Chief Investment Strategist', 'Senior Strategist', 'Strategist', 'Investment Strategist', 'Currency Strategist',
  'Analyst', 'Senior Analyst', 'Research Analyst', 'Market Analyst', 'Portfolio Manager', 'Fund Manager', 'Trader',
  // honorifics
  'Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Dr.', 'Dr', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord',
];

export const ROLE_NOUNS: readonly string[] = [
  'chief executive', 'chief executive officer', 'chief financial officer', 'chief operating officer',
  'chief technology officer', 'chief investment officer', 'chief economist', 'chief strategist',
  'chief market strategist', 'chief investment strategist', 'head of', 'analyst', 'senior analyst',
  'research analyst', 'market analyst', 'strategist', 'senior strategist', 'investment strategist',
  'currency strategist', 'rates strategist', 'equity strategist', 'economist', 'senior economist',
  'portfolio manager', 'fund manager', 'investment manager', 'trader', 'chairman', 'chairwoman', 'chair',
  'vice chair', 'vice chairman', 'president', 'vice president', 'senior vice president', 'executive vice president',
  'founder', 'co-founder', 'managing director', 'executive director', 'director', 'partner', 'managing partner',
  'governor', 'deputy governor', 'minister', 'finance minister', 'secretary', 'spokesperson', 'spokesman',
  'spokeswoman', 'professor', 'adviser', 'advisor', 'board member',
];
