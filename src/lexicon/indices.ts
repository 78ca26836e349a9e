// World equity indices as market prose prints them: canonical name, surface forms, place, currency.
// To add an index, append one entry to its region's block; no alias or phrase may name two entries,
// and aliases that are ordinary words in another case ("SET", "BET") also go in caseSensitive.
import type { IndexEntry } from './types.js';

export const INDICES: readonly IndexEntry[] = [
  // ───────────────────────────── Americas: United States ─────────────────────────────
  {
    name: 'S&P 500', region: 'United States', currency: 'USD',
    aliases: ['S&P 500', 'S&P', 'SPX', "Standard & Poor's 500", "Standard and Poor's 500", 'S&P 500 index',
      'S&P500', 'broad S&P 500', 'GSPC'],
    phrases: ["Wall Street's benchmark", "Wall Street's benchmark index"],
  },
  {
    name: 'Dow Jones Industrial Average', region: 'United States', currency: 'USD',
    aliases: ['Dow Jones Industrial Average', 'Dow Jones industrial average', 'Dow Jones', 'Dow', 'DJIA',
      'Dow industrials', 'Dow Jones industrials', 'Dow 30',
      'Dow Jones Industrial', 'INDU'],
  },
  {
    name: 'Nasdaq Composite', region: 'United States', currency: 'USD',
    aliases: ['Nasdaq Composite', 'Nasdaq composite', 'Nasdaq', 'Nasdaq Composite Index',
      'technology-heavy Nasdaq', 'tech-laden Nasdaq', 'IXIC', 'CCMP'],
  },
  {
    name: 'Nasdaq 100', region: 'United States', currency: 'USD',
    aliases: ['Nasdaq 100', 'Nasdaq-100', 'NDX', 'Nasdaq 100 index', 'Nasdaq-100 index'],
  },
  {
    name: 'Russell 2000', region: 'United States', currency: 'USD',
    aliases: ['Russell 2000', 'Russell 2000 index', 'small-cap Russell 2000', 'RUT', 'RTY'],
    caseSensitive: ['RUT'],
  },
  {
    name: 'Russell 1000', region: 'United States', currency: 'USD',
    aliases: ['Russell 1000', 'Russell 1000 index', 'large-cap Russell 1000', 'RUI'],
    caseSensitive: ['RUI'],
  },
  {
    name: 'Russell 3000', region: 'United States', currency: 'USD',
    aliases: ['Russell 3000', 'Russell 3000 index', 'RUA'],
    caseSensitive: ['RUA'],
  },
  {
    name: 'Russell Midcap', region: 'United States', currency: 'USD',
    aliases: ['Russell Midcap', 'Russell Midcap index', 'Russell Mid-Cap', 'Russell mid-cap index'],
  },
  {
    name: 'S&P MidCap 400', region: 'United States', currency: 'USD',
    aliases: ['S&P MidCap 400', 'S&P Midcap 400', 'S&P 400', 'S&P 400 MidCap', 'S&P MidCap 400 index',
      'mid-cap S&P 400', 'S&P mid-cap 400'],
  },
  {
    name: 'S&P SmallCap 600', region: 'United States', currency: 'USD',
    aliases: ['S&P SmallCap 600', 'S&P Smallcap 600', 'S&P 600', 'S&P SmallCap 600 index', 'small-cap S&P 600',
      'S&P small-cap 600'],
  },
  {
    name: 'S&P 100', region: 'United States', currency: 'USD',
    aliases: ['S&P 100', 'S&P100', 'S&P 100 index', 'OEX'],
  },
  {
    name: 'Dow Jones Transportation Average', region: 'United States', currency: 'USD',
    aliases: ['Dow Jones Transportation Average', 'Dow Jones transportation average', 'Dow transports',
      'Dow Jones transports', 'Dow transportation average', 'Dow Jones transportation index',
      'Dow transportation index', 'Dow Jones transport index', 'Dow transport index'],
  },
  {
    name: 'Dow Jones Utility Average', region: 'United States', currency: 'USD',
    aliases: ['Dow Jones Utility Average', 'Dow Jones utility average', 'Dow Jones utilities average',
      'Dow utilities', 'Dow Jones utilities', 'Dow utility average'],
  },
  {
    name: 'Dow Jones Composite Average', region: 'United States', currency: 'USD',
    aliases: ['Dow Jones Composite Average', 'Dow Jones composite average', 'Dow Jones composite', 'Dow composite'],
  },
  {
    name: 'NYSE Composite', region: 'United States', currency: 'USD',
    aliases: ['NYSE Composite', 'NYSE composite', 'NYSE Composite Index', 'NYA'],
    caseSensitive: ['NYA'],
  },
  {
    name: 'Philadelphia Semiconductor Index', region: 'United States', currency: 'USD',
    aliases: ['Philadelphia Semiconductor Index', 'Philadelphia semiconductor index', 'Philadelphia semiconductor',
      'Philadelphia SE Semiconductor Index', 'Philadelphia SE semiconductor index',
      'Philadelphia Stock Exchange Semiconductor Index', 'PHLX Semiconductor Index', 'PHLX semiconductor index',
      'PHLX semiconductor', 'Philadelphia chip index', 'PHLX chip index', 'Philly chip index', 'SOX',
      'SOX index', 'SOX semiconductor index'],
    caseSensitive: ['SOX'],
  },
  {
    name: 'CBOE Volatility Index', region: 'United States', currency: 'USD',
    aliases: ['CBOE Volatility Index', 'Cboe Volatility Index', 'CBOE volatility index', 'Cboe volatility index',
      'Cboe Market Volatility Index', 'Chicago Board Options Exchange Volatility Index', 'VIX', 'CBOE VIX',
      'VIX index', 'VIX volatility index'],
    phrases: ["Wall Street's fear gauge", "Wall Street's fear index"],
  },
  {
    name: 'Wilshire 5000', region: 'United States', currency: 'USD',
    aliases: ['Wilshire 5000', 'Wilshire 5000 index', 'Wilshire 5000 Total Market Index', 'Wilshire 5000 Total Market',
      'FT Wilshire 5000', 'FT Wilshire 5000 Index', 'W5000'],
  },
  {
    name: 'KBW Bank Index', region: 'United States', currency: 'USD',
    aliases: ['KBW Bank Index', 'KBW bank index', 'KBW bank', 'KBW Nasdaq Bank Index', 'KBW Nasdaq bank index', 'BKX'],
  },
  {
    name: 'Nasdaq Biotechnology Index', region: 'United States', currency: 'USD',
    aliases: ['Nasdaq Biotechnology Index', 'Nasdaq biotechnology index', 'Nasdaq biotechnology',
      'Nasdaq Biotech Index', 'Nasdaq biotech index', 'Nasdaq biotech', 'NBI'],
  },
  {
    name: 'Nasdaq Golden Dragon China Index', region: 'China', currency: 'USD',
    aliases: ['Nasdaq Golden Dragon China Index', 'Nasdaq Golden Dragon China', 'Nasdaq Golden Dragon',
      'Nasdaq Golden Dragon index', 'Golden Dragon China Index', 'Golden Dragon index', 'HXC'],
  },

  // ───────────────────────────── Americas: Canada and Latin America ─────────────────────────────
  {
    name: 'S&P/TSX Composite', region: 'Canada', currency: 'CAD',
    aliases: ['S&P/TSX Composite', 'S&P/TSX composite', 'S&P/TSX Composite Index', 'S&P/TSX composite index',
      'S&P/TSX', 'TSX Composite', 'TSX composite', 'TSX composite index', 'GSPTSE', 'SPTSX'],
    phrases: ["Toronto's benchmark", "Toronto's benchmark index", "Canada's benchmark index",
      "Canada's main stock index", "Canada's main index"],
  },
  {
    name: 'S&P/TSX 60', region: 'Canada', currency: 'CAD',
    aliases: ['S&P/TSX 60', 'S&P/TSX 60 Index', 'TSX 60', 'TSX 60 index', 'TX60'],
  },
  {
    name: 'S&P/TSX Venture Composite', region: 'Canada', currency: 'CAD',
    aliases: ['S&P/TSX Venture Composite', 'S&P/TSX Venture Composite Index', 'S&P/TSX Venture composite',
      'TSX Venture Composite', 'TSX Venture composite', 'TSX Venture Composite Index'],
  },
  {
    name: 'Ibovespa', region: 'Brazil', currency: 'BRL',
    aliases: ['Ibovespa', 'Ibovespa index', 'Bovespa', 'Bovespa index', 'IBOV', 'BVSP', 'B3 Ibovespa'],
    phrases: ["Brazil's benchmark index", "Brazil's benchmark stock index", "Brazil's main stock index",
      "Sao Paulo's benchmark", "São Paulo's benchmark"],
  },
  {
    name: 'S&P/BMV IPC', region: 'Mexico', currency: 'MXN',
    aliases: ['S&P/BMV IPC', 'S&P/BMV IPC index', 'BMV IPC', 'IPC', 'IPC index', 'Mexican IPC', 'Mexbol',
      'MEXBOL', 'MXX', 'Mexican Bolsa index', 'Mexico IPC'],
    phrases: ["Mexico's benchmark index", "Mexico's benchmark", "Mexico's main stock index", "Mexico's main index"],
    caseSensitive: ['IPC'],
  },
  {
    name: 'S&P Merval', region: 'Argentina', currency: 'ARS',
    aliases: ['S&P Merval', 'S&P MERVAL Index', 'Merval', 'Merval index', 'Buenos Aires Merval'],
    phrases: ["Argentina's benchmark index", "Argentina's benchmark", "Buenos Aires' benchmark"],
  },
  {
    name: 'S&P IPSA', region: 'Chile', currency: 'CLP',
    aliases: ['S&P IPSA', 'S&P/CLX IPSA', 'IPSA', 'IPSA index', 'Santiago IPSA'],
    phrases: ["Chile's benchmark index", "Chile's benchmark", "Santiago's benchmark"],
  },
  {
    name: 'MSCI COLCAP', region: 'Colombia', currency: 'COP',
    aliases: ['MSCI COLCAP', 'MSCI Colcap', 'COLCAP', 'COLCAP index'],
    phrases: ["Colombia's benchmark index", "Colombia's benchmark", "Bogota's benchmark"],
  },
  {
    name: 'S&P/BVL Peru General', region: 'Peru', currency: 'PEN',
    aliases: ['S&P/BVL Peru General', 'S&P/BVL Peru General Index', 'S&P/BVL General', 'S&P/BVL General Index',
      'BVL General Index', 'IGBVL', 'Lima General Index', 'SPBLPGPT'],
    phrases: ["Peru's benchmark index", "Peru's benchmark", "Lima's benchmark"],
  },

  // ───────────────────────────── Europe: United Kingdom and Ireland ─────────────────────────────
  {
    name: 'FTSE 100', region: 'United Kingdom', currency: 'GBP',
    aliases: ['FTSE 100', 'FTSE', 'Footsie', 'FTSE 100 index', 'FTSE100', 'UKX'],
    phrases: ["London's blue-chip index", "London's benchmark", "London's benchmark index",
      "Britain's blue-chip index", "UK's blue-chip index", "Britain's benchmark index", "UK's benchmark index",
      "London's blue-chip benchmark"],
  },
  {
    name: 'FTSE 250', region: 'United Kingdom', currency: 'GBP',
    aliases: ['FTSE 250', 'FTSE250', 'FTSE 250 index', 'mid-cap FTSE 250', 'midcap FTSE 250',
      'domestically focused FTSE 250', 'domestically-focused FTSE 250', 'domestically oriented FTSE 250'],
    phrases: ["London's mid-cap index", "Britain's mid-cap index", "UK's mid-cap index"],
  },
  {
    name: 'FTSE 350', region: 'United Kingdom', currency: 'GBP',
    aliases: ['FTSE 350', 'FTSE350', 'FTSE 350 index'],
  },
  {
    name: 'FTSE All-Share', region: 'United Kingdom', currency: 'GBP',
    aliases: ['FTSE All-Share', 'FTSE all-share', 'FTSE All Share', 'FTSE All-Share Index', 'FTSE all-share index',
      'FTAS'],
  },
  {
    name: 'FTSE AIM All-Share', region: 'United Kingdom', currency: 'GBP',
    aliases: ['FTSE AIM All-Share', 'FTSE AIM all-share', 'FTSE AIM All Share', 'FTSE AIM All-Share Index',
      'AIM All-Share', 'AIM all-share', 'AIM All Share', 'AIM All-Share index'],
  },
  {
    name: 'ISEQ Overall', region: 'Ireland', currency: 'EUR',
    aliases: ['ISEQ Overall', 'ISEQ Overall Index', 'ISEQ', 'ISEQ index', 'ISEQ All-Share', 'ISEQ All Share',
      'Euronext Dublin ISEQ'],
    phrases: ["Dublin's benchmark", "Dublin's benchmark index", "Ireland's benchmark index"],
  },
  {
    name: 'ISEQ 20', region: 'Ireland', currency: 'EUR',
    aliases: ['ISEQ 20', 'ISEQ20', 'ISEQ 20 index'],
  },

  // ───────────────────────────── Europe: euro area and pan-European ─────────────────────────────
  {
    name: 'Euro Stoxx 50', region: 'Euro area', currency: 'EUR',
    aliases: ['Euro Stoxx 50', 'EURO STOXX 50', 'Euro STOXX 50', 'EuroStoxx 50', 'Eurostoxx 50', 'Euro Stoxx 50 index',
      'Stoxx 50', 'Euro Stoxx', 'Euro STOXX', 'Eurostoxx', 'SX5E', 'STOXX50E'],
    phrases: ['euro zone blue-chip index', 'eurozone blue-chip index', "euro zone's blue-chip index",
      "eurozone's blue-chip index", 'euro area blue-chip index', "euro area's blue-chip index",
      'euro zone blue-chip benchmark', 'eurozone blue-chip benchmark'],
  },
  {
    name: 'VSTOXX', region: 'Euro area', currency: 'EUR',
    aliases: ['VSTOXX', 'VStoxx', 'V2X', 'VSTOXX index', 'Euro Stoxx 50 Volatility Index', 'Euro Stoxx 50 volatility index',
      'EURO STOXX 50 Volatility'],
    phrases: ["Europe's fear gauge", "Europe's fear index"],
  },
  {
    name: 'Stoxx Europe 600', region: 'Europe', currency: 'EUR',
    aliases: ['Stoxx Europe 600', 'STOXX Europe 600', 'STOXX 600', 'Stoxx 600',
      'STOXX600', 'Stoxx 600 index', 'SXXP',
      'STOXX Europe 600 index', 'Europe-wide STOXX 600'],
    phrases: ["Europe's benchmark index", 'pan-European benchmark', 'pan-European benchmark index'],
  },
  {
    name: 'Stoxx Europe 50', region: 'Europe', currency: 'EUR',
    aliases: ['Stoxx Europe 50', 'STOXX Europe 50', 'Stoxx Europe 50 index', 'SX5P'],
  },
  {
    name: 'FTSEurofirst 300', region: 'Europe', currency: 'EUR',
    aliases: ['FTSEurofirst 300', 'FTSEurofirst', 'FTSEurofirst 300 index', 'FTSE Eurofirst 300', 'Eurofirst 300'],
  },
  {
    name: 'MSCI Europe', region: 'Europe', currency: 'EUR',
    aliases: ['MSCI Europe', 'MSCI Europe Index', 'MSCI Europe index'],
  },

  // ───────────────────────────── Europe: Germany, France, Benelux ─────────────────────────────
  {
    name: 'DAX', region: 'Germany', currency: 'EUR',
    aliases: ['DAX', 'DAX 40', 'DAX40', 'DAX index', 'German DAX', 'Xetra DAX', 'Frankfurt DAX',
      'GDAXI', 'DAX performance index'],
    phrases: ["Frankfurt's benchmark", "Frankfurt's benchmark index", "Germany's benchmark index",
      "Germany's benchmark", "Germany's blue-chip index", "Frankfurt's blue-chip index", "Germany's main index"],
  },
  {
    name: 'MDAX', region: 'Germany', currency: 'EUR',
    aliases: ['MDAX', 'MDax', 'MDAX index', 'mid-cap MDAX', 'midcap MDAX'],
    phrases: ["Germany's mid-cap index", 'German mid-cap index', "Frankfurt's mid-cap index"],
  },
  {
    name: 'SDAX', region: 'Germany', currency: 'EUR',
    aliases: ['SDAX', 'SDax', 'SDAX index', 'small-cap SDAX'],
    phrases: ["Germany's small-cap index", 'German small-cap index'],
  },
  {
    name: 'TecDAX', region: 'Germany', currency: 'EUR',
    aliases: ['TecDAX', 'TecDax', 'TecDAX index', 'tech-focused TecDAX', 'technology index TecDAX'],
    phrases: ["Germany's tech index", 'German tech index', "Germany's technology index"],
  },
  {
    name: 'CAC 40', region: 'France', currency: 'EUR',
    aliases: ['CAC 40', 'CAC', 'CAC-40', 'CAC40', 'CAC 40 index', 'Paris CAC 40', 'Paris CAC', 'French CAC 40',
      'French CAC', 'FCHI'],
    phrases: ["Paris's benchmark", "Paris' benchmark", "Paris's benchmark index", "Paris' benchmark index",
      "France's benchmark index", "France's benchmark", "France's blue-chip index", "Paris's blue-chip index",
      "France's main index"],
  },
  {
    name: 'SBF 120', region: 'France', currency: 'EUR',
    aliases: ['SBF 120', 'SBF120', 'SBF-120', 'SBF 120 index'],
  },
  {
    name: 'AEX', region: 'Netherlands', currency: 'EUR',
    aliases: ['AEX', 'AEX index', 'AEX-index', 'Amsterdam Exchange Index', 'Amsterdam AEX', 'Dutch AEX'],
    phrases: ["Amsterdam's benchmark", "Amsterdam's benchmark index", "Netherlands' benchmark index",
      'Dutch benchmark index', "Amsterdam's blue-chip index"],
  },
  {
    name: 'BEL 20', region: 'Belgium', currency: 'EUR',
    aliases: ['BEL 20', 'BEL20', 'BEL-20', 'BEL 20 index', 'Brussels BEL 20', 'Brussels BEL20'],
    phrases: ["Brussels' benchmark", "Brussels' benchmark index", "Belgium's benchmark index", "Belgium's benchmark"],
  },

  // ───────────────────────────── Europe: southern Europe ─────────────────────────────
  {
    name: 'FTSE MIB', region: 'Italy', currency: 'EUR',
    aliases: ['FTSE MIB', 'FTSE-MIB', 'FTSEMIB', 'FTSE MIB index', 'MIB', 'Milan FTSE MIB', 'Italian FTSE MIB'],
    phrases: ["Milan's benchmark", "Milan's benchmark index", "Italy's benchmark index", "Italy's benchmark",
      "Milan's blue-chip index", "Italy's blue-chip index"],
  },
  {
    name: 'FTSE Italia All-Share', region: 'Italy', currency: 'EUR',
    aliases: ['FTSE Italia All-Share', 'FTSE Italia All Share', 'FTSE Italia all-share', 'FTSE Italia All-Share Index'],
  },
  {
    name: 'IBEX 35', region: 'Spain', currency: 'EUR',
    aliases: ['IBEX 35', 'Ibex 35', 'IBEX', 'Ibex', 'IBEX-35', 'IBEX35', 'IBEX 35 index', 'Madrid IBEX',
      "Madrid's IBEX", 'Spanish IBEX'],
    phrases: ["Madrid's benchmark", "Madrid's benchmark index", "Spain's benchmark index", "Spain's benchmark",
      "Spain's blue-chip index", "Madrid's blue-chip index"],
  },
  {
    name: 'PSI', region: 'Portugal', currency: 'EUR',
    aliases: ['PSI', 'PSI 20', 'PSI-20', 'PSI20', 'PSI index', 'Lisbon PSI', 'Lisbon PSI 20'],
    phrases: ["Lisbon's benchmark", "Lisbon's benchmark index", "Portugal's benchmark index", "Portugal's benchmark"],
    caseSensitive: ['PSI'],
  },
  {
    name: 'Athens General Composite', region: 'Greece', currency: 'EUR',
    aliases: ['Athens General Composite', 'Athens General Composite Index', 'Athens General', 'Athens General Index',
      'Athens general index', 'Athens general composite index', 'ATHEX Composite', 'ATHEX Composite Index',
      'ATHEX General Composite', 'ATHEX General Index', 'Athens Composite', 'Athens Stock Exchange General Index'],
    phrases: ["Athens' benchmark", "Athens's benchmark", "Athens' benchmark index", "Greece's benchmark index",
      "Greece's benchmark"],
  },
  {
    name: 'FTSE/ATHEX Large Cap', region: 'Greece', currency: 'EUR',
    aliases: ['FTSE/ATHEX Large Cap', 'FTSE/Athex Large Cap', 'FTSE/ATHEX Large Cap Index', 'ATHEX Large Cap',
      'Athex Large Cap'],
  },

  // ───────────────────────────── Europe: Switzerland, Austria, Nordics ─────────────────────────────
  {
    name: 'SMI', region: 'Switzerland', currency: 'CHF',
    aliases: ['SMI', 'SMI index', 'Swiss Market Index', 'Swiss market index', 'Swiss SMI', 'SSMI'],
    phrases: ["Zurich's benchmark", "Zurich's benchmark index", "Switzerland's benchmark index",
      "Switzerland's benchmark", 'Swiss blue-chip index', "Switzerland's blue-chip index",
      "Zurich's blue-chip index"],
  },
  {
    name: 'Swiss Performance Index', region: 'Switzerland', currency: 'CHF',
    aliases: ['Swiss Performance Index', 'Swiss performance index', 'Swiss SPI'],
  },
  {
    name: 'SMI Mid', region: 'Switzerland', currency: 'CHF',
    aliases: ['SMI Mid', 'SMI MID', 'SMIM', 'SMI Mid index', 'SMI Mid Index'],
    phrases: ['Swiss mid-cap index', "Switzerland's mid-cap index"],
  },
  {
    name: 'ATX', region: 'Austria', currency: 'EUR',
    aliases: ['ATX', 'ATX index', 'Austrian Traded Index', 'Vienna ATX', 'Austrian ATX'],
    phrases: ["Vienna's benchmark", "Vienna's benchmark index", "Austria's benchmark index", "Austria's benchmark"],
  },
  {
    name: 'OMX Stockholm 30', region: 'Sweden', currency: 'SEK',
    aliases: ['OMX Stockholm 30', 'OMX Stockholm 30 index', 'OMXS30', 'OMXS 30', 'OMX 30', 'Stockholm OMXS30',
      'OMXS30 index'],
    phrases: ["Stockholm's benchmark", "Stockholm's benchmark index", "Sweden's benchmark index",
      "Sweden's benchmark", "Stockholm's blue-chip index"],
  },
  {
    name: 'OMX Stockholm All-Share', region: 'Sweden', currency: 'SEK',
    aliases: ['OMX Stockholm All-Share', 'OMX Stockholm all-share', 'OMX Stockholm All Share', 'OMXSPI',
      'OMX Stockholm PI'],
  },
  {
    name: 'OMX Copenhagen 25', region: 'Denmark', currency: 'DKK',
    aliases: ['OMX Copenhagen 25', 'OMX Copenhagen 25 index', 'OMXC25', 'OMXC 25', 'OMX C25', 'C25', 'C25 index',
      'Copenhagen C25'],
    phrases: ["Copenhagen's benchmark", "Copenhagen's benchmark index", "Denmark's benchmark index",
      "Denmark's benchmark", "Copenhagen's blue-chip index"],
  },
  {
    name: 'OMX Helsinki 25', region: 'Finland', currency: 'EUR',
    aliases: ['OMX Helsinki 25', 'OMX Helsinki 25 index', 'OMXH25', 'OMXH 25', 'Helsinki OMXH25'],
    phrases: ["Helsinki's benchmark", "Helsinki's benchmark index", "Finland's benchmark index",
      "Finland's benchmark", "Helsinki's blue-chip index"],
  },
  {
    name: 'OMX Helsinki All-Share', region: 'Finland', currency: 'EUR',
    aliases: ['OMX Helsinki All-Share', 'OMX Helsinki all-share', 'OMX Helsinki All Share', 'OMX Helsinki',
      'OMXHPI', 'OMX Helsinki PI'],
  },
  {
    name: 'OSEBX', region: 'Norway', currency: 'NOK',
    aliases: ['OSEBX', 'OSEBX index', 'Oslo Børs Benchmark Index', 'Oslo Bors Benchmark Index',
      'Oslo Børs benchmark index', 'Oslo Bors benchmark index', 'Oslo Benchmark Index', 'Oslo Stock Exchange Benchmark Index'],
    phrases: ["Oslo's benchmark", "Oslo's benchmark index", "Norway's benchmark index", "Norway's benchmark",
      "Oslo's main index"],
  },
  {
    name: 'OBX', region: 'Norway', currency: 'NOK',
    aliases: ['OBX', 'OBX index', 'OBX Total Return Index', 'Oslo OBX', 'Norwegian OBX'],
  },

  // ───────────────────────────── Europe: central, eastern and south-eastern ─────────────────────────────
  {
    name: 'WIG20', region: 'Poland', currency: 'PLN',
    aliases: ['WIG20', 'WIG 20', 'WIG-20', 'WIG20 index', 'Warsaw WIG20', "Warsaw's WIG20"],
    phrases: ["Warsaw's blue-chip index", "Poland's blue-chip index", 'Polish blue-chip index'],
  },
  {
    name: 'WIG', region: 'Poland', currency: 'PLN',
    aliases: ['WIG', 'WIG index', 'broad WIG', 'Warsaw WIG', 'Warsaw Stock Exchange WIG index'],
    phrases: ["Warsaw's broad index", "Poland's broad index"],
    caseSensitive: ['WIG'],
  },
  {
    name: 'mWIG40', region: 'Poland', currency: 'PLN',
    aliases: ['mWIG40', 'mWIG 40', 'MWIG40', 'mWIG40 index'],
  },
  {
    name: 'PX', region: 'Czech Republic', currency: 'CZK',
    aliases: ['PX', 'PX index', 'PX Index', 'Prague PX', 'Prague Stock Exchange Index', 'Czech PX'],
    phrases: ["Prague's benchmark", "Prague's benchmark index", "Prague's main index",
      'Czech benchmark index', "Czech Republic's benchmark index"],
    caseSensitive: ['PX'],
  },
  {
    name: 'BUX', region: 'Hungary', currency: 'HUF',
    aliases: ['BUX', 'BUX index', 'Budapest BUX', 'Budapest Stock Exchange Index', 'Hungarian BUX'],
    phrases: ["Budapest's benchmark", "Budapest's benchmark index", "Hungary's benchmark index",
      "Hungary's benchmark", 'Hungarian benchmark index'],
    caseSensitive: ['BUX'],
  },
  {
    name: 'BET', region: 'Romania', currency: 'RON',
    aliases: ['BET', 'BET index', 'Bucharest BET', 'Bucharest Exchange Trading Index', 'Romanian BET'],
    phrases: ["Bucharest's benchmark", "Bucharest's benchmark index", "Romania's benchmark index",
      "Romania's benchmark"],
    caseSensitive: ['BET'],
  },
  {
    name: 'CROBEX', region: 'Croatia', currency: 'EUR',
    aliases: ['CROBEX', 'CROBEX index', 'Zagreb CROBEX'],
    phrases: ["Zagreb's benchmark", "Zagreb's benchmark index", "Croatia's benchmark index"],
  },
  {
    name: 'SBITOP', region: 'Slovenia', currency: 'EUR',
    aliases: ['SBITOP', 'SBI TOP', 'SBITOP index', 'Ljubljana SBITOP'],
    phrases: ["Ljubljana's benchmark", "Slovenia's benchmark index"],
  },
  {
    name: 'BELEX15', region: 'Serbia', currency: 'RSD',
    aliases: ['BELEX15', 'BELEX 15', 'BELEX15 index', 'Belgrade BELEX15'],
    phrases: ["Belgrade's benchmark", "Serbia's benchmark index"],
  },
  {
    name: 'OMX Tallinn', region: 'Estonia', currency: 'EUR',
    aliases: ['OMX Tallinn', 'OMX Tallinn index', 'OMXT', 'OMX Tallinn GI'],
    phrases: ["Tallinn's benchmark", "Estonia's benchmark index"],
  },
  {
    name: 'OMX Riga', region: 'Latvia', currency: 'EUR',
    aliases: ['OMX Riga', 'OMX Riga index', 'OMXR', 'OMX Riga GI'],
    phrases: ["Riga's benchmark", "Latvia's benchmark index"],
  },
  {
    name: 'OMX Vilnius', region: 'Lithuania', currency: 'EUR',
    aliases: ['OMX Vilnius', 'OMX Vilnius index', 'OMXV', 'OMX Vilnius GI'],
    phrases: ["Vilnius' benchmark", "Lithuania's benchmark index"],
  },
  {
    name: 'MOEX Russia Index', region: 'Russia', currency: 'RUB',
    aliases: ['MOEX Russia Index', 'MOEX Russia', 'MOEX Russia index', 'MOEX index', 'IMOEX', 'MICEX', 'MICEX index',
      'rouble-based MOEX', 'ruble-based MOEX', 'rouble-denominated MOEX', 'ruble-denominated MOEX',
      'Moscow Exchange index'],
  },
  {
    name: 'RTS Index', region: 'Russia', currency: 'USD',
    aliases: ['RTS Index', 'RTS index', 'RTS', 'RTSI', 'dollar-denominated RTS', 'dollar-based RTS'],
  },
  {
    name: 'BIST 100', region: 'Turkey', currency: 'TRY',
    aliases: ['BIST 100', 'BIST-100', 'BIST100', 'BIST 100 index', 'XU100', 'Borsa Istanbul 100',
      'Borsa Istanbul 100 index', 'ISE 100', 'ISE-100', "Istanbul's BIST 100"],
    phrases: ["Istanbul's benchmark", "Istanbul's benchmark index", "Turkey's benchmark index", "Turkey's benchmark",
      "Turkey's main index"],
  },
  {
    name: 'BIST 30', region: 'Turkey', currency: 'TRY',
    aliases: ['BIST 30', 'BIST-30', 'BIST30', 'BIST 30 index', 'XU030', 'Borsa Istanbul 30'],
    phrases: ["Istanbul's blue-chip index", "Turkey's blue-chip index"],
  },

  // ───────────────────────────── Asia-Pacific: Japan and South Korea ─────────────────────────────
  {
    name: 'Nikkei 225', region: 'Japan', currency: 'JPY',
    aliases: ['Nikkei 225', 'Nikkei', 'Nikkei average', 'Nikkei Stock Average', 'Nikkei stock average',
      'Nikkei share average', 'Nikkei 225 index', 'Nikkei 225 Stock Average', 'Nikkei225', 'N225', 'NKY',
      'Tokyo Nikkei'],
    phrases: ["Tokyo's benchmark", "Tokyo's benchmark index", "Japan's benchmark index", "Japan's benchmark"],
  },
  {
    name: 'TOPIX', region: 'Japan', currency: 'JPY',
    aliases: ['TOPIX', 'TOPIX index', 'Tokyo Stock Price Index', 'broad TOPIX', 'TPX'],
    phrases: ["Japan's broader index", "Tokyo's broader index"],
  },
  {
    name: 'JPX-Nikkei 400', region: 'Japan', currency: 'JPY',
    aliases: ['JPX-Nikkei 400', 'JPX Nikkei 400', 'JPX-Nikkei Index 400', 'JPX-Nikkei400', 'JPX400', 'JPX 400'],
  },
  {
    name: 'TSE Growth Market 250', region: 'Japan', currency: 'JPY',
    aliases: ['TSE Growth Market 250', 'TSE Growth Market 250 Index', 'Growth Market 250', 'Growth Market 250 index',
      'TSE Growth 250', 'TSE Mothers', 'TSE Mothers Index'],
  },
  {
    name: 'KOSPI', region: 'South Korea', currency: 'KRW',
    aliases: ['KOSPI', 'Korea Composite Stock Price Index', 'KOSPI index', 'KOSPI Composite', 'KOSPI composite',
      'Seoul KOSPI', 'KS11'],
    phrases: ["South Korea's benchmark index", "South Korea's benchmark", "Seoul stocks", "Seoul shares",
      "Seoul's benchmark", "Seoul's benchmark index", "Korea's benchmark index", "South Korea's main index"],
  },
  {
    name: 'KOSPI 200', region: 'South Korea', currency: 'KRW',
    aliases: ['KOSPI 200', 'KOSPI200', 'KOSPI 200 index'],
  },
  {
    name: 'KOSDAQ', region: 'South Korea', currency: 'KRW',
    aliases: ['KOSDAQ', 'KOSDAQ index', 'KOSDAQ Composite', 'KOSDAQ Composite Index',
      'junior KOSDAQ', 'small-cap KOSDAQ'],
    phrases: ["South Korea's junior index", "South Korea's tech-heavy index"],
  },

  // ───────────────────────────── Asia-Pacific: Greater China ─────────────────────────────
  {
    name: 'Hang Seng', region: 'Hong Kong', currency: 'HKD',
    aliases: ['Hang Seng', 'Hang Seng Index', 'HSI', 'Hong Kong Hang Seng'],
    phrases: ['Hong Kong equities', 'Hong Kong stocks', 'Hong Kong shares', "Hong Kong's benchmark index",
      "Hong Kong's benchmark", "Hong Kong's main index", "Hong Kong's blue-chip index"],
    caseSensitive: ['HSI'],
  },
  {
    name: 'Hang Seng China Enterprises Index', region: 'Hong Kong', currency: 'HKD',
    aliases: ['Hang Seng China Enterprises Index', 'Hang Seng China Enterprises', 'Hang Seng China Enterprises index',
      'HSCEI', 'China Enterprises Index', 'China Enterprises index', 'H-share index', 'H-shares index',
      'Hang Seng China Enterprise Index'],
  },
  {
    name: 'Hang Seng Tech Index', region: 'Hong Kong', currency: 'HKD',
    aliases: ['Hang Seng Tech Index', 'Hang Seng Tech', 'Hang Seng tech', 'Hang Seng TECH Index', 'Hang Seng tech index',
      'Hang Seng Technology Index', 'HSTECH', 'HS Tech', 'HS TECH Index'],
    phrases: ["Hong Kong's tech index", 'Hong Kong tech index'],
  },
  {
    name: 'Hang Seng Composite Index', region: 'Hong Kong', currency: 'HKD',
    aliases: ['Hang Seng Composite Index', 'Hang Seng Composite', 'Hang Seng composite', 'HSCI'],
  },
  {
    name: 'Shanghai Composite', region: 'China', currency: 'CNY',
    aliases: ['Shanghai Composite', 'Shanghai composite', 'Shanghai Composite Index', 'Shanghai composite index',
      'SSE Composite', 'SSE Composite Index', 'Shanghai Stock Exchange Composite Index',
      'Shanghai Stock Exchange Composite', 'SHCOMP', 'SSEC', 'Shanghai index'],
    phrases: ['Mainland Chinese indices', 'mainland Chinese stocks', 'mainland Chinese shares', 'Shanghai stocks',
      'Shanghai shares', "China's benchmark index", "Shanghai's benchmark", "Shanghai's benchmark index"],
  },
  {
    name: 'Shenzhen Component', region: 'China', currency: 'CNY',
    aliases: ['Shenzhen Component', 'Shenzhen component', 'Shenzhen Component Index', 'Shenzhen component index',
      'SZSE Component', 'SZSE Component Index', 'Shenzhen Stock Exchange Component Index'],
    phrases: ["Shenzhen's benchmark", "Shenzhen's benchmark index"],
  },
  {
    name: 'Shenzhen Composite', region: 'China', currency: 'CNY',
    aliases: ['Shenzhen Composite', 'Shenzhen composite', 'Shenzhen Composite Index', 'Shenzhen composite index',
      'SZSE Composite', 'SZSE Composite Index', 'SZCOMP'],
  },
  {
    name: 'CSI 300', region: 'China', currency: 'CNY',
    aliases: ['CSI 300', 'CSI300', 'CSI 300 index', 'CSI 300 Index', "China's CSI 300", 'Shanghai Shenzhen CSI 300',
      'Shanghai-Shenzhen CSI 300', 'SHSZ300'],
    phrases: ["China's blue-chip index", 'Chinese blue-chip index', "mainland China's blue-chip index"],
  },
  {
    name: 'CSI 500', region: 'China', currency: 'CNY',
    aliases: ['CSI 500', 'CSI500', 'CSI 500 index', 'small-cap CSI 500'],
  },
  {
    name: 'CSI 1000', region: 'China', currency: 'CNY',
    aliases: ['CSI 1000', 'CSI1000', 'CSI 1000 index', 'small-cap CSI 1000'],
  },
  {
    name: 'SSE 50', region: 'China', currency: 'CNY',
    aliases: ['SSE 50', 'SSE50', 'SSE 50 index', 'Shanghai 50', 'Shanghai Stock Exchange 50 Index'],
  },
  {
    name: 'ChiNext', region: 'China', currency: 'CNY',
    aliases: ['ChiNext', 'ChiNext index', 'ChiNext Index', 'ChiNext Price Index', 'start-up board ChiNext',
      'startup board ChiNext', 'growth enterprise board ChiNext'],
    phrases: ["China's start-up board index", "China's startup board index", "Shenzhen's start-up board index",
      "Shenzhen's startup board index"],
  },
  {
    name: 'STAR 50', region: 'China', currency: 'CNY',
    aliases: ['STAR 50', 'STAR50', 'STAR 50 index', 'SSE STAR 50', 'STAR Market 50', 'STAR Market 50 index',
      'SSE Science and Technology Innovation Board 50 Index', 'STAR Market index'],
    phrases: ["Shanghai's STAR Market index", "China's STAR Market index"],
  },
  {
    name: 'FTSE China A50', region: 'China', currency: 'CNY',
    aliases: ['FTSE China A50', 'FTSE China A50 Index', 'FTSE China A50 index', 'FTSE A50', 'China A50', 'A50'],
  },
  {
    name: 'MSCI China', region: 'China', currency: 'USD',
    aliases: ['MSCI China', 'MSCI China Index', 'MSCI China index'],
  },
  {
    name: 'TAIEX', region: 'Taiwan', currency: 'TWD',
    aliases: ['TAIEX', 'TAIEX index', 'Taiwan Weighted Index', 'Taiwan weighted index', 'Taiwan Weighted',
      'Taiwan Stock Exchange Weighted Index', 'Taiwan Capitalization Weighted Stock Index', 'TWII',
      'Taiwan weighted stock index'],
    phrases: ["Taiwan's benchmark index", "Taiwan's benchmark", "Taiwan's main index", "Taipei's benchmark",
      "Taipei's benchmark index", 'Taiwan stocks', 'Taiwan shares', 'Taiwan equities', 'Taipei stocks'],
  },

  // ───────────────────────────── Asia-Pacific: Australia and New Zealand ─────────────────────────────
  {
    name: 'S&P/ASX 200', region: 'Australia', currency: 'AUD',
    aliases: ['S&P/ASX 200', 'S&P/ASX200', 'S&P/ASX 200 index', 'S&P ASX 200', 'ASX 200', 'ASX200', 'ASX 200 index',
      'XJO', 'AXJO', 'AS51', 'SPI 200', 'SPI200'],
    phrases: ['Australian shares', 'Australian stocks', 'Australian equities', "Australia's benchmark index",
      "Australia's benchmark", "Australia's main index", "Sydney's benchmark"],
  },
  {
    name: 'All Ordinaries', region: 'Australia', currency: 'AUD',
    aliases: ['All Ordinaries', 'All Ordinaries index', 'All Ordinaries Index', 'S&P/ASX All Ordinaries', 'All Ords',
      'XAO', 'AORD'],
  },
  {
    name: 'S&P/ASX Small Ordinaries', region: 'Australia', currency: 'AUD',
    aliases: ['S&P/ASX Small Ordinaries', 'S&P/ASX Small Ordinaries index', 'Small Ordinaries', 'Small Ordinaries index',
      'Small Ords', 'XSO'],
  },
  {
    name: 'S&P/NZX 50', region: 'New Zealand', currency: 'NZD',
    aliases: ['S&P/NZX 50', 'S&P/NZX50', 'S&P/NZX 50 index', 'S&P/NZX 50 Index', 'NZX 50', 'NZX50', 'NZX 50 index',
      'NZX 50 Gross', 'S&P/NZX 50 Gross Index', 'NZ50'],
    phrases: ["New Zealand's benchmark index", "New Zealand's benchmark", 'New Zealand shares', 'New Zealand stocks',
      "Wellington's benchmark"],
  },

  // ───────────────────────────── Asia-Pacific: South-East Asia ─────────────────────────────
  {
    name: 'Straits Times Index', region: 'Singapore', currency: 'SGD',
    aliases: ['Straits Times Index', 'STI', 'Straits Times', 'FTSE Straits Times Index', 'FTSE STI', 'FSSTI',
      'STI index'],
    phrases: ["Singapore's benchmark index", "Singapore's benchmark", 'Singapore stocks', 'Singapore shares',
      'Singapore equities', "Singapore's blue-chip index"],
  },
  {
    name: 'FTSE Bursa Malaysia KLCI', region: 'Malaysia', currency: 'MYR',
    aliases: ['FTSE Bursa Malaysia KLCI', 'FTSE Bursa Malaysia KLCI Index', 'FBM KLCI', 'FBMKLCI', 'KLCI',
      'KLCI index', 'Bursa Malaysia KLCI', 'Kuala Lumpur Composite Index', 'KLSE Composite', 'KLSE Composite Index'],
    phrases: ["Malaysia's benchmark index", "Malaysia's benchmark", "Malaysia's main index",
      "Kuala Lumpur's benchmark", "Malaysia's blue-chip index"],
  },
  {
    name: 'Jakarta Composite Index', region: 'Indonesia', currency: 'IDR',
    aliases: ['Jakarta Composite Index', 'Jakarta Composite', 'Jakarta composite', 'Jakarta composite index', 'JCI',
      'JKSE', 'IDX Composite', 'IDX Composite Index', 'IHSG', 'Jakarta Stock Exchange Composite Index',
      'Indonesia Composite Index'],
    phrases: ["Indonesia's benchmark index", "Indonesia's benchmark", "Indonesia's main index",
      "Jakarta's benchmark", "Jakarta's benchmark index"],
  },
  {
    name: 'LQ45', region: 'Indonesia', currency: 'IDR',
    aliases: ['LQ45', 'LQ-45', 'LQ45 index', 'IDX LQ45'],
    phrases: ["Indonesia's blue-chip index"],
  },
  {
    name: 'PSEi', region: 'Philippines', currency: 'PHP',
    aliases: ['PSEi', 'PSEi index', 'PSE index', 'PSE Composite Index', 'PSE composite index',
      'Philippine Stock Exchange index', 'Philippine Stock Exchange Composite Index', 'PCOMP'],
    phrases: ["Philippines' benchmark index", 'Philippine benchmark index', "Manila's benchmark",
      "Manila's benchmark index", "Philippines' main index"],
  },
  {
    name: 'SET Index', region: 'Thailand', currency: 'THB',
    aliases: ['SET Index', 'SET index', 'SET', 'Thai SET', 'Thai SET index', 'Stock Exchange of Thailand index',
      'SET Composite Index'],
    phrases: ["Thailand's benchmark index", "Thailand's benchmark", "Thailand's main index", 'Thai benchmark index',
      "Bangkok's benchmark", "Bangkok's benchmark index"],
    caseSensitive: ['SET'],
  },
  {
    name: 'SET50', region: 'Thailand', currency: 'THB',
    aliases: ['SET50', 'SET 50', 'SET50 index', 'SET50 Index'],
    phrases: ["Thailand's blue-chip index", 'Thai blue-chip index'],
    caseSensitive: ['SET 50'],
  },
  {
    name: 'VN-Index', region: 'Vietnam', currency: 'VND',
    aliases: ['VN-Index', 'VN Index', 'VNIndex', 'HOSE index', 'Ho Chi Minh Stock Exchange index',
      "Vietnam's VN-Index"],
    phrases: ["Vietnam's benchmark index", "Vietnam's benchmark", "Vietnam's main index",
      "Ho Chi Minh City's benchmark"],
  },
  {
    name: 'VN30', region: 'Vietnam', currency: 'VND',
    aliases: ['VN30', 'VN30 index', 'VN30-Index', 'VN 30'],
    phrases: ["Vietnam's blue-chip index"],
  },
  {
    name: 'HNX-Index', region: 'Vietnam', currency: 'VND',
    aliases: ['HNX-Index', 'HNX Index', 'HNXIndex', 'Hanoi Stock Exchange index', 'Hanoi HNX-Index'],
    phrases: ["Hanoi's benchmark", "Hanoi's benchmark index"],
  },

  // ───────────────────────────── Asia-Pacific: South and Central Asia ─────────────────────────────
  {
    name: 'Nifty 50', region: 'India', currency: 'INR',
    aliases: ['Nifty 50', 'Nifty', 'NSE Nifty', 'NIFTY 50', 'Nifty50', 'NSE Nifty 50', 'Nifty 50 index', 'NSE Nifty index',
      "NSE's Nifty 50", '50-share Nifty', '50-share NSE Nifty', 'CNX Nifty',
      'S&P CNX Nifty', 'NSEI'],
  },
  {
    name: 'BSE Sensex', region: 'India', currency: 'INR',
    aliases: ['BSE Sensex', 'Sensex', 'S&P BSE Sensex', 'BSE Sensex 30', 'Sensex 30', 'BSE 30', '30-share Sensex',
      '30-share BSE Sensex', 'Bombay Stock Exchange Sensex', 'BSE Sensex index', 'BSESN'],
  },
  {
    name: 'Nifty Bank', region: 'India', currency: 'INR',
    aliases: ['Nifty Bank', 'Nifty bank', 'Bank Nifty', 'BankNifty', 'Nifty Bank index', 'NSE Nifty Bank',
      'Nifty Bank Index'],
  },
  {
    name: 'Nifty Next 50', region: 'India', currency: 'INR',
    aliases: ['Nifty Next 50', 'Nifty Next 50 index', 'Nifty Junior'],
  },
  {
    name: 'Nifty Midcap 100', region: 'India', currency: 'INR',
    aliases: ['Nifty Midcap 100', 'Nifty Midcap 100 index', 'NIFTY Midcap 100', 'Nifty midcap 100', 'Nifty Mid-cap 100'],
  },
  {
    name: 'Nifty Smallcap 100', region: 'India', currency: 'INR',
    aliases: ['Nifty Smallcap 100', 'Nifty Smallcap 100 index', 'NIFTY Smallcap 100', 'Nifty smallcap 100',
      'Nifty Small-cap 100'],
  },
  {
    name: 'BSE MidCap', region: 'India', currency: 'INR',
    aliases: ['BSE MidCap', 'BSE Midcap', 'BSE midcap', 'S&P BSE MidCap', 'BSE Mid-Cap', 'BSE mid-cap', 'BSE MidCap index'],
  },
  {
    name: 'BSE SmallCap', region: 'India', currency: 'INR',
    aliases: ['BSE SmallCap', 'BSE Smallcap', 'BSE smallcap', 'S&P BSE SmallCap', 'BSE Small-Cap', 'BSE small-cap',
      'BSE SmallCap index'],
  },
  {
    name: 'India VIX', region: 'India', currency: 'INR',
    aliases: ['India VIX', 'NSE India VIX', 'India VIX index', 'India Volatility Index'],
    phrases: ["India's fear gauge", "India's volatility index"],
  },
  {
    name: 'KSE-100', region: 'Pakistan', currency: 'PKR',
    aliases: ['KSE-100', 'KSE 100', 'KSE100', 'KSE-100 index', 'KSE-100 Index', 'PSX KSE-100',
      'KSE 100 index'],
    phrases: ["Pakistan's benchmark index", "Pakistan's benchmark", "Karachi's benchmark", "Karachi's benchmark index"],
  },
  {
    name: 'CSE All Share', region: 'Sri Lanka', currency: 'LKR',
    aliases: ['CSE All Share', 'CSE All-Share', 'CSE All Share Price Index', 'CSE All Share Index',
      'Colombo All Share Price Index', 'Colombo All-Share Price Index', 'Colombo All Share', 'ASPI'],
    phrases: ["Sri Lanka's benchmark index", "Sri Lanka's benchmark", "Colombo's benchmark",
      "Colombo's benchmark index"],
  },
  {
    name: 'DSEX', region: 'Bangladesh', currency: 'BDT',
    aliases: ['DSEX', 'DSEX index', 'DSE Broad Index', 'DSEX Broad Index', 'Dhaka DSEX'],
    phrases: ["Bangladesh's benchmark index", "Bangladesh's benchmark", "Dhaka's benchmark", "Dhaka's benchmark index"],
  },
  {
    name: 'KASE Index', region: 'Kazakhstan', currency: 'KZT',
    aliases: ['KASE Index', 'KASE index', 'Kazakhstan Stock Exchange Index'],
    phrases: ["Kazakhstan's benchmark index", "Almaty's benchmark"],
  },

  // ───────────────────────────── Middle East ─────────────────────────────
  {
    name: 'Tadawul All Share Index', region: 'Saudi Arabia', currency: 'SAR',
    aliases: ['Tadawul All Share Index', 'Tadawul All Share', 'Tadawul All-Share Index', 'Tadawul all-share index',
      'Tadawul All-Share', 'Tadawul all-share', 'TASI', 'TASI index', 'Tadawul index', 'Saudi Tadawul index',
      'Saudi All Share Index'],
    phrases: ["Saudi Arabia's benchmark index", "Saudi Arabia's benchmark", "Saudi Arabia's main index",
      'Saudi benchmark index', "Riyadh's benchmark", 'Saudi stocks', 'Saudi shares', 'Saudi equities'],
  },
  {
    name: 'DFM General Index', region: 'United Arab Emirates', currency: 'AED',
    aliases: ['DFM General Index', 'DFM General index', 'DFM General', 'DFMGI', 'DFM index', 'DFM Index',
      'Dubai Financial Market General Index', 'Dubai Financial Market index', 'Dubai index'],
    phrases: ["Dubai's main share index", "Dubai's benchmark index", "Dubai's benchmark", "Dubai's main index"],
  },
  {
    name: 'FTSE ADX General Index', region: 'United Arab Emirates', currency: 'AED',
    aliases: ['FTSE ADX General Index', 'FTSE ADX General', 'ADX General Index', 'ADX General index', 'ADX General',
      'FADGI', 'ADX index', 'Abu Dhabi Securities Exchange General Index', 'Abu Dhabi index'],
    phrases: ["Abu Dhabi's benchmark index", "Abu Dhabi's benchmark", "Abu Dhabi's main index",
      "Abu Dhabi's main share index"],
  },
  {
    name: 'QE Index', region: 'Qatar', currency: 'QAR',
    aliases: ['QE Index', 'QE index', 'QE General Index', 'QE General index', 'Qatar Exchange Index',
      'Qatar Exchange index', 'Qatar Stock Exchange index', 'QSE index', 'QSE Index'],
    phrases: ["Qatar's benchmark index", "Qatar's benchmark", "Qatar's main index", "Doha's benchmark"],
  },
  {
    name: 'Boursa Kuwait Premier Market Index', region: 'Kuwait', currency: 'KWD',
    aliases: ['Boursa Kuwait Premier Market Index', 'Boursa Kuwait Premier', 'Boursa Kuwait Premier Market',
      'Kuwait Premier Market Index', 'Kuwait Premier Market index', 'Kuwait Premier index',
      'Boursa Kuwait Premier index'],
    phrases: ["Kuwait's premier index", "Kuwait's premier market index"],
  },
  {
    name: 'Boursa Kuwait All Share Index', region: 'Kuwait', currency: 'KWD',
    aliases: ['Boursa Kuwait All Share Index', 'Boursa Kuwait All Share', 'Boursa Kuwait All-Share Index',
      'Kuwait All Share Index', 'Kuwait All-Share Index', 'Kuwait all-share index'],
  },
  {
    name: 'Bahrain All Share Index', region: 'Bahrain', currency: 'BHD',
    aliases: ['Bahrain All Share Index', 'Bahrain All Share', 'Bahrain All-Share Index', 'Bahrain all-share index',
      'Bahrain All-Share', 'Bahrain Bourse All Share Index', 'BHSEASI'],
    phrases: ["Bahrain's benchmark index", "Bahrain's benchmark", "Bahrain's main index"],
  },
  {
    name: 'MSX 30', region: 'Oman', currency: 'OMR',
    aliases: ['MSX 30', 'MSX30', 'MSX 30 index', 'MSX 30 Index', 'Muscat MSX 30', 'MSM 30', 'MSM30', 'MSM 30 index',
      'Muscat Securities Market 30', 'Muscat Stock Exchange 30 index'],
    phrases: ["Oman's benchmark index", "Oman's benchmark", "Muscat's benchmark", "Muscat's benchmark index"],
  },
  {
    name: 'TA-35', region: 'Israel', currency: 'ILS',
    aliases: ['TA-35', 'TA 35', 'TA35', 'TA-35 index', 'Tel Aviv 35', 'Tel Aviv 35 index', 'TA-25', 'Tel Aviv 25'],
    phrases: ["Tel Aviv's benchmark", "Tel Aviv's benchmark index", "Israel's benchmark index", "Israel's benchmark",
      "Tel Aviv's blue-chip index", "Israel's blue-chip index"],
  },
  {
    name: 'TA-125', region: 'Israel', currency: 'ILS',
    aliases: ['TA-125', 'TA 125', 'TA125', 'TA-125 index', 'Tel Aviv 125', 'Tel Aviv 125 index'],
    phrases: ["Tel Aviv's broader index", "Israel's broader index"],
  },

  // ───────────────────────────── Africa ─────────────────────────────
  {
    name: 'EGX 30', region: 'Egypt', currency: 'EGP',
    aliases: ['EGX 30', 'EGX30', 'EGX-30', 'EGX 30 index', 'EGX30 index'],
    phrases: ["Egypt's blue-chip index", "Egypt's benchmark index", "Egypt's benchmark", "Cairo's benchmark",
      "Cairo's benchmark index"],
  },
  {
    name: 'EGX 70 EWI', region: 'Egypt', currency: 'EGP',
    aliases: ['EGX 70 EWI', 'EGX70 EWI', 'EGX 70', 'EGX70', 'EGX 70 index', 'EGX70 index'],
    phrases: ["Egypt's small- and mid-cap index"],
  },
  {
    name: 'FTSE/JSE All Share', region: 'South Africa', currency: 'ZAR',
    aliases: ['FTSE/JSE All Share', 'FTSE/JSE All-Share', 'FTSE/JSE all-share', 'FTSE/JSE All Share Index',
      'FTSE/JSE All-Share Index', 'JSE All Share', 'JSE All-Share', 'JSE all-share', 'JSE All Share Index',
      'JSE All-Share Index', 'JSE all-share index', 'JALSH', 'J203', 'ALSI'],
    phrases: ["South Africa's benchmark index", "South Africa's benchmark", "Johannesburg's all-share index",
      "Johannesburg's All-Share index", "Johannesburg's All Share index", "Johannesburg's benchmark",
      "Johannesburg's benchmark index"],
  },
  {
    name: 'FTSE/JSE Top 40', region: 'South Africa', currency: 'ZAR',
    aliases: ['FTSE/JSE Top 40', 'FTSE/JSE Top 40 Index', 'FTSE/JSE Top-40', 'JSE Top 40', 'JSE Top-40', 'JSE Top 40 index',
      'JSE Top-40 index', 'Top-40 index', 'J200', 'JTOPI'],
    phrases: ["Johannesburg's Top-40 index", "Johannesburg's Top 40 index", "South Africa's blue-chip index",
      "Johannesburg's blue-chip index"],
  },
  {
    name: 'NGX All-Share Index', region: 'Nigeria', currency: 'NGN',
    aliases: ['NGX All-Share Index', 'NGX All-Share', 'NGX all-share', 'NGX All Share Index', 'NGX all-share index',
      'NGX ASI', 'NGXASI', 'Nigerian Exchange All-Share Index', 'NGX All Share'],
    phrases: ["Nigeria's benchmark index", "Nigeria's benchmark", "Lagos' benchmark", "Nigeria's main index"],
  },
  {
    name: 'NSE 20 Share Index', region: 'Kenya', currency: 'KES',
    aliases: ['NSE 20 Share Index', 'NSE 20 share index', 'NSE 20-Share Index', 'NSE 20-share index', 'NSE 20',
      'NSE-20', 'NSE20', 'Nairobi NSE 20', 'Nairobi 20 Share Index', 'Nairobi Securities Exchange 20 Share Index'],
  },
  {
    name: 'Nairobi All Share Index', region: 'Kenya', currency: 'KES',
    aliases: ['Nairobi All Share Index', 'Nairobi All-Share Index', 'Nairobi all-share index', 'NASI', 'NASI index'],
    caseSensitive: ['NASI'],
  },
  {
    name: 'MASI', region: 'Morocco', currency: 'MAD',
    aliases: ['MASI', 'MASI index', 'Moroccan All Shares Index', 'Morocco All Shares Index', 'Moroccan All Share Index',
      'Casablanca MASI'],
    phrases: ["Morocco's benchmark index", "Morocco's benchmark", "Casablanca's benchmark",
      "Casablanca's benchmark index"],
    caseSensitive: ['MASI'],
  },
  {
    name: 'GSE Composite Index', region: 'Ghana', currency: 'GHS',
    aliases: ['GSE Composite Index', 'GSE Composite', 'GSE composite index', 'GSE-CI', 'GSE CI',
      'Ghana Stock Exchange Composite Index'],
    phrases: ["Ghana's benchmark index", "Accra's benchmark"],
  },
  {
    name: 'SEMDEX', region: 'Mauritius', currency: 'MUR',
    aliases: ['SEMDEX', 'SEMDEX index', 'Stock Exchange of Mauritius index'],
    phrases: ["Mauritius' benchmark index"],
  },
  {
    name: 'Tunindex', region: 'Tunisia', currency: 'TND',
    aliases: ['Tunindex', 'TUNINDEX', 'Tunindex index'],
    phrases: ["Tunisia's benchmark index", "Tunis' benchmark"],
  },

  // ───────────────────────────── Global and multi-country ─────────────────────────────
  {
    name: 'MSCI World', region: 'Global', currency: 'USD',
    aliases: ['MSCI World', 'MSCI World Index', 'MSCI world index', 'MSCI World index', 'MSCI world',
      'MSCI World equity index', 'MSCI World stock index'],
  },
  {
    name: 'MSCI ACWI', region: 'Global', currency: 'USD',
    aliases: ['MSCI ACWI', 'ACWI', 'MSCI ACWI index', 'MSCI All Country World Index', 'MSCI All-Country World Index',
      'MSCI all-country world index', "MSCI's all-country world index", "MSCI's All-Country World Index",
      'MSCI All Country World', 'MSCI AC World', 'MSCI AC World Index'],
    phrases: ["MSCI's gauge of stocks across the globe", "MSCI's broadest gauge of world stocks",
      "MSCI's all-country stock index"],
  },
  {
    name: 'MSCI Emerging Markets', region: 'Emerging markets', currency: 'USD',
    aliases: ['MSCI Emerging Markets', 'MSCI Emerging Markets Index', 'MSCI emerging markets', 'MSCI emerging markets index',
      'MSCI Emerging Markets index', "MSCI's emerging markets index", 'MSCI emerging-market index',
      "MSCI's emerging-market index", 'MSCI emerging-markets index', "MSCI's emerging-markets index",
      'MSCI EM', 'MSCI EM index', 'MSCI EM Index'],
    phrases: ["MSCI's benchmark for emerging-market stocks", "MSCI's gauge of emerging-market stocks",
      "MSCI's index of emerging-market shares", "MSCI's emerging market stocks index"],
  },
  {
    name: 'MSCI Asia Pacific ex-Japan', region: 'Asia-Pacific', currency: 'USD',
    aliases: ['MSCI Asia Pacific ex-Japan', 'MSCI Asia-Pacific ex-Japan', 'MSCI Asia Pacific ex Japan',
      'MSCI Asia-Pacific ex Japan', 'MSCI Asia Pacific ex-Japan index', 'MSCI Asia-Pacific ex-Japan index',
      'MSCI Asia Pacific ex-Japan Index', 'MSCI Asia Pacific index excluding Japan',
      'MSCI Asia-Pacific index excluding Japan', 'MSCI Asia-Pacific index outside Japan',
      'MSCI Asia Pacific index outside Japan', 'MSCI AC Asia Pacific ex Japan', 'MSCI AC Asia Pacific ex-Japan'],
    phrases: ["MSCI's broadest index of Asia-Pacific shares outside Japan",
      "MSCI's broadest index of Asia-Pacific stocks outside Japan",
      "MSCI's broadest gauge of Asia-Pacific shares outside Japan", 'Asia-Pacific shares outside Japan',
      'Asia-Pacific stocks outside Japan', "MSCI's Asia-Pacific index outside Japan"],
  },
  {
    name: 'MSCI Asia Pacific', region: 'Asia-Pacific', currency: 'USD',
    aliases: ['MSCI Asia Pacific', 'MSCI Asia-Pacific', 'MSCI Asia Pacific Index', 'MSCI Asia Pacific index',
      'MSCI Asia-Pacific index', 'MSCI AC Asia Pacific', 'MSCI AC Asia Pacific Index'],
    phrases: ["MSCI's Asia-Pacific index including Japan"],
  },
  {
    name: 'MSCI Asia ex-Japan', region: 'Asia-Pacific', currency: 'USD',
    aliases: ['MSCI Asia ex-Japan', 'MSCI Asia ex Japan', 'MSCI Asia ex-Japan index', 'MSCI AC Asia ex Japan',
      'MSCI AC Asia ex-Japan', 'MSCI AC Asia ex Japan Index', 'MSCI Asia index excluding Japan'],
    phrases: ["MSCI's index of Asian shares outside Japan"],
  },
  {
    name: 'MSCI EAFE', region: 'Global', currency: 'USD',
    aliases: ['MSCI EAFE', 'MSCI EAFE Index', 'MSCI EAFE index', 'EAFE', 'EAFE index'],
  },
  {
    name: 'FTSE All-World', region: 'Global', currency: 'USD',
    aliases: ['FTSE All-World', 'FTSE All-World Index', 'FTSE All-World index', 'FTSE all-world', 'FTSE All World',
      'FTSE All World Index', "FTSE's All-World index"],
  },
];
