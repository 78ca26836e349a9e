import { describe, expect, it } from 'vitest';
import { digestText } from '../../src/pipeline.js';
import type { IndexDigest } from '../../src/digest/schema.js';

type Expected = Partial<Pick<IndexDigest, 'level' | 'levelApprox' | 'changePercent' | 'changePoints' | 'direction' | 'record' | 'futures'>> & { name: string };

function facts(text: string): IndexDigest[] {
  return digestText(text).indices;
}

describe('linking facts to their index', () => {
  const cases: { text: string; expected: Expected[] }[] = [
    { text: 'The Nikkei share average rose 1.2% to 38,450.10.', expected: [{ name: 'Nikkei 225', level: 38450.1, changePercent: 1.2, direction: 'up', record: false }] },
    { text: 'The Dow fell 312.45 points, or 0.8 percent, to 41,002.3.', expected: [{ name: 'Dow Jones Industrial Average', level: 41002.3, changePoints: -312.45, changePercent: -0.8, direction: 'down' }] },
    { text: 'The S&P 500 closed at a record 6,120.', expected: [{ name: 'S&P 500', level: 6120, record: true }] },
    { text: 'The FTSE 100 was down 0.4 per cent.', expected: [{ name: 'FTSE 100', changePercent: -0.4, direction: 'down' }] },
    { text: 'The FTSE 100 slid 2pc in late trade.', expected: [{ name: 'FTSE 100', changePercent: -2, direction: 'down' }] },
    { text: 'The DAX was unchanged at 17,710.', expected: [{ name: 'DAX', level: 17710, direction: 'flat' }] },
    { text: 'The CAC 40 pared losses to 0.2%.', expected: [{ name: 'CAC 40', changePercent: -0.2, direction: 'down' }] },
    { text: 'The Nikkei rose 1% while the Hang Seng fell 0.5%.', expected: [{ name: 'Nikkei 225', changePercent: 1, direction: 'up' }, { name: 'Hang Seng', changePercent: -0.5, direction: 'down' }] },
    { text: 'The Kospi (\u22120.6%) lagged.', expected: [{ name: 'KOSPI', changePercent: -0.6, direction: 'down' }] },
    { text: 'The Nasdaq hit 58k for the first time.', expected: [{ name: 'Nasdaq Composite', level: 58000, levelApprox: true, direction: null }] },
    { text: 'The Nikkei is eyeing a push toward 60,000 after closing above the 50,000 level.', expected: [{ name: 'Nikkei 225', level: null }] },
    { text: 'Nikkei 225 futures rose 0.3% in Chicago.', expected: [{ name: 'Nikkei 225', futures: true, changePercent: 0.3, direction: 'up' }] },
    { text: 'The TOPIX banks index rose 2%, while the TOPIX slipped 0.1%.', expected: [{ name: 'TOPIX', changePercent: -0.1, direction: 'down' }] },
    { text: 'The Nikkei and the Topix both rose 1%.', expected: [{ name: 'Nikkei 225', changePercent: 1, direction: 'up' }, { name: 'TOPIX', changePercent: 1, direction: 'up' }] },
    { text: 'The S&P 500 rose 0.5% as the 10-year yield climbed to 4.25%.', expected: [{ name: 'S&P 500', changePercent: 0.5, level: null }] },
    { text: 'The Nikkei 225 soared nearly 3%, reaching a new all-time high close to 58,000 points.', expected: [{ name: 'Nikkei 225', changePercent: 3, level: 58000, levelApprox: true, record: true, direction: 'up' }] },
    { text: 'The Hang Seng gained 0.9% in 2025 and ended at 19,800.', expected: [{ name: 'Hang Seng', level: 19800, direction: 'up' }] },
    { text: 'The FTSE 100 could reach 9,000 by year-end, strategists said.', expected: [{ name: 'FTSE 100', level: null, direction: null }] },
    { text: 'The Sensex closed 0.7% higher at 81,200.55, a record close.', expected: [{ name: 'BSE Sensex', level: 81200.55, changePercent: 0.7, direction: 'up', record: true }] },
    { text: 'The Straits Times Index hit a record low of 2,900.', expected: [{ name: 'Straits Times Index', record: false, level: 2900 }] },
    { text: 'The S&P 500 is up 12% this year but fell 0.3% on Friday.', expected: [{ name: 'S&P 500', changePercent: -0.3 }] },
    { text: 'KOSPI JUMPS 2.4% TO RECORD 2,950.86 AFTER RATE CUT', expected: [{ name: 'KOSPI', changePercent: 2.4, level: 2950.86, record: true, direction: 'up' }] },
    { text: 'The DAX traded just below Monday\'s record close of 24,950.30.', expected: [{ name: 'DAX', level: null, record: false }] },
    { text: 'The index, the NGX All-Share, fell 1.3% to 98,902.4, pulling back from the previous close of 100,210.5.', expected: [{ name: 'NGX All-Share Index', level: 98902.4, changePercent: -1.3 }] },
    { text: 'The Nifty 50 broke below the 25,000 level.', expected: [{ name: 'Nifty 50', level: null, direction: 'down' }] },
    { text: 'SHANGHAI COMP     3,984.12      0.00    0.00%', expected: [{ name: 'Shanghai Composite', level: 3984.12, changePoints: 0, changePercent: 0, direction: 'flat' }] },
    { text: 'S&P 500 FUT   6,830.25   +12.50   +0.18%', expected: [{ name: 'S&P 500', futures: true, level: 6830.25, changePoints: 12.5, changePercent: 0.18 }] },
    { text: '- 09:15 BST: FTSE 100 +0.4% at 8,312.\n- 16:35 BST: FTSE 100 closes down 0.2% at 8,270.5.', expected: [{ name: 'FTSE 100', changePercent: -0.2, level: 8270.5, direction: 'down' }] },
    { text: '- 09:15: DAX up 0.3%.\n- 11:00: DAX up 0.6%, its best level of the day.', expected: [{ name: 'DAX', changePercent: 0.6, direction: 'up' }] },
    { text: 'The FTSE 100 fell 0.4%. The blue-chip index shed 41.37 points after failing to hold the 10,400 mark.', expected: [{ name: 'FTSE 100', changePercent: -0.4, changePoints: -41.37, level: null }] },
    { text: 'The S&P/TSX Composite closed at a record 31,544.09. The index has gained 3.4% so far in January.', expected: [{ name: 'S&P/TSX Composite', level: 31544.09, record: true, changePercent: null }] },
    { text: 'The India VIX, a gauge of expected volatility, jumped 6.2% to 14.85.', expected: [{ name: 'India VIX', level: 14.85, changePercent: 6.2 }] },
    { text: 'Nikkei jumps 2.4% to close near 58k, a record', expected: [{ name: 'Nikkei 225', level: 58000, levelApprox: true, record: true }] },
    { text: 'The Nikkei is still below its record close of 38,915.87 set in December 1989.', expected: [{ name: 'Nikkei 225', level: null }] },
    { text: 'The Nikkei touched a 52-week high of 41,000 before ending at 40,120.5.', expected: [{ name: 'Nikkei 225', level: 40120.5 }] },
    { text: 'The DAX traded in a range of 24,100 to 24,350.', expected: [{ name: 'DAX', level: null }] },
    { text: 'The DAX rose from 24,100 to 24,350.', expected: [{ name: 'DAX', level: 24350 }] },
    { text: 'Strategists put the S&P 500 at 7,200 by year-end.', expected: [{ name: 'S&P 500', level: null }] },
    { text: 'The Hang Seng rose 0.5% early, and later closed 1.1% higher at 26,015.33.', expected: [{ name: 'Hang Seng', changePercent: 1.1, level: 26015.33 }] },
  ];
  it.each(cases)('$text', ({ text, expected }) => {
    const got = facts(text);
    expect(got.map((g) => g.name)).toEqual(expected.map((e) => e.name));
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  });

  it('never reports the number in an index name, a year or a ticker as a level', () => {
    const text = 'The Nikkei 225 and the FTSE 100 rose in 2026 as Advantest Corp. (TYO: 6857) jumped.';
    for (const f of facts(text)) expect(f.level).toBeNull();
  });

  it('quotes its evidence exactly', () => {
    const text = 'Intro line\nThe S&P 500 fell 1%. Other news.';
    const [f] = facts(text);
    expect(f!.evidence).toEqual([{ start: 11, end: 31, text: 'The S&P 500 fell 1%.' }]);
  });
});
