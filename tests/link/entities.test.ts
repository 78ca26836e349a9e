import { describe, expect, it } from 'vitest';
import { digestText } from '../../src/pipeline.js';

function entities(text: string) {
  return digestText(text).entities.map((e) => ({ text: e.text, type: e.type, ticker: e.ticker, title: e.title, count: e.count }));
}

describe('entities', () => {
  const cases: { text: string; expected: { text: string; type: string; ticker?: string | null; title?: string | null; count?: number }[] }[] = [
    { text: 'Prime Minister Sanae Takaichi won. Takaichi spoke.', expected: [{ text: 'Sanae Takaichi', type: 'person', title: 'Prime Minister', count: 2 }] },
    { text: 'Bank of Japan Governor Kazuo Ueda spoke.', expected: [{ text: 'Bank of Japan', type: 'organization' }, { text: 'Kazuo Ueda', type: 'person', title: 'Governor' }] },
    { text: 'Fed Chair Jerome Powell spoke.', expected: [{ text: 'Federal Reserve', type: 'organization' }, { text: 'Jerome Powell', type: 'person' }] },
    { text: 'Intel Corp. (NASDAQ: INTC) rose. Intel said more.', expected: [{ text: 'Intel Corp.', type: 'company', ticker: 'INTC', count: 2 }] },
    { text: 'The Bank of Japan (BoJ) held. The BoJ said.', expected: [{ text: 'Bank of Japan', type: 'organization', count: 3 }] },
    { text: 'Advanced Micro Devices, Inc. (NASDAQ: AMD) rose.', expected: [{ text: 'Advanced Micro Devices, Inc.', type: 'company', ticker: 'AMD' }] },
    { text: '"Rates will fall," said Jane Doe, chief economist at Acme Capital.', expected: [{ text: 'Jane Doe', type: 'person' }, { text: 'Acme Capital', type: 'company' }] },
    { text: 'Stocks rose in the U.S. and Britain.', expected: [{ text: 'United States', type: 'place' }, { text: 'United Kingdom', type: 'place' }] },
    { text: 'Tokyo Electron Ltd. (TYO: 8035) gained.', expected: [{ text: 'Tokyo Electron Ltd.', type: 'company', ticker: '8035' }] },
    { text: 'The Korea Exchange (KRX) said trading resumed.', expected: [{ text: 'Korea Exchange', type: 'organization' }] },
    { text: 'Samsung Electronics and Mitsubishi Heavy Industries, Ltd. rose.', expected: [{ text: 'Samsung Electronics', type: 'company' }, { text: 'Mitsubishi Heavy Industries, Ltd.', type: 'company' }] },
    { text: 'CEO Jane Roe said Acme Holdings Inc. will grow.', expected: [{ text: 'Jane Roe', type: 'person', title: 'CEO' }, { text: 'Acme Holdings Inc.', type: 'company' }] },
    { text: 'The European Central Bank (ECB) kept rates.', expected: [{ text: 'European Central Bank', type: 'organization', count: 2 }] },
    { text: 'Apple (NASDAQ: AAPL) rose.', expected: [{ text: 'Apple', type: 'company', ticker: 'AAPL' }] },
    { text: 'In Tokyo, Advantest Corp. rose.', expected: [{ text: 'Tokyo', type: 'place' }, { text: 'Advantest Corp.', type: 'company' }] },
    { text: 'Rio Tinto fell 3.2% and Novo Nordisk shares slid 6.2%.', expected: [{ text: 'Rio Tinto', type: 'company' }, { text: 'Novo Nordisk', type: 'company' }] },
    { text: 'Movers: Equinor +1.9%, Volvo Car -2.4%.', expected: [{ text: 'Equinor', type: 'company' }, { text: 'Volvo Car', type: 'company' }] },
    { text: 'Petróleo Brasileiro SA rose and Hélène Dufort, chief economist at Maison Vérel SA, said so.', expected: [{ text: 'Petróleo Brasileiro SA', type: 'company' }, { text: 'Hélène Dufort', type: 'person' }, { text: 'Maison Vérel SA', type: 'company' }] },
    { text: 'Markets wrap\n— Omar Al-Masri, Markets Editor', expected: [{ text: 'Omar Al-Masri', type: 'person' }] },
    { text: '7203.T  TOYOTA MOTOR       +2.6%', expected: [{ text: 'TOYOTA MOTOR', type: 'company', ticker: '7203' }] },
    { text: 'Meituan (3690.HK) soared 6.1%.', expected: [{ text: 'Meituan', type: 'company', ticker: '3690' }] },
    { text: 'Lisbon-listed Caravela Energia SA fell.', expected: [{ text: 'Caravela Energia SA', type: 'company' }] },
    { text: 'SOFTBANK GROUP SHARES SOAR 9.2%', expected: [{ text: 'SOFTBANK GROUP', type: 'company' }] },
    { text: "TURKEY'S CENTRAL BANK CUT RATES", expected: [{ text: 'Turkey', type: 'place' }, { text: 'Central Bank of the Republic of Türkiye', type: 'organization' }] },
    { text: 'In the euro area, inflation eased.', expected: [{ text: 'Euro area', type: 'place' }] },
    { text: "Saudi Arabia's Public Investment Fund (PIF) bought a stake.", expected: [{ text: 'Saudi Arabia', type: 'place' }, { text: 'Public Investment Fund', type: 'organization' }] },
    { text: 'Analysts at Granite Peak Advisors and Fenwick & Rowe Investment Management agreed.', expected: [{ text: 'Granite Peak Advisors', type: 'company' }, { text: 'Fenwick & Rowe Investment Management', type: 'company' }] },
    { text: 'Taiwan Semiconductor Manufacturing Co. (2330.TW) fell 2.6%.', expected: [{ text: 'Taiwan Semiconductor Manufacturing Co.', type: 'company', ticker: '2330' }] },
  ];
  it.each(cases)('$text', ({ text, expected }) => {
    const got = entities(text);
    for (const e of expected) expect(got).toContainEqual(expect.objectContaining(e));
  });

  const negatives: [string, string][] = [
    ['The Corporate Governance Code was revised.', 'company'],
    ['The AI Promotion Act of 2025 passed.', 'company'],
    ['Australia\'s S&P/ASX 200 rose.', 'organization'],
    ['Caterpillar Inc. (NYSE: CAT) rose.', 'organization'],
    ['Raised US$2bn.', 'place'],
    ['Exports rose 5% and Oil fell 2%.', 'company'],
    ['Japan rose 2% in the survey.', 'company'],
    ['KOSPI HITS ALL-TIME HIGH, ENDS UP 1.1%', 'company'],
    ['The Shanghai Composite and the OMX Stockholm 30 rose.', 'place'],
    ['Sterling fell 0.3% against the dollar.', 'company'],
    ['About 62% of fund managers agreed.', 'company'],
  ];
  it.each(negatives)('%j has no %s', (text, type) => {
    expect(entities(text).filter((e) => e.type === type)).toEqual([]);
  });
});
