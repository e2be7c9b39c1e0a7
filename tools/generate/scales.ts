/**
 * The three scales of issue 7.
 * - S: the demo plan (apps/api/src/database/seed/demo-seed.ts), as `npm start` loads it.
 * - M: one country over ten years: 5 plans (one national plan of 520 measures, four thematic
 *   plans of 20), 600 measures, 30 organisations, ~1,800 assignments, the 40 quarters of
 *   2017–2026 as reporting periods of every plan, ~50,000 progress reports, ~500,000
 *   indicator values with disaggregations, users and audit events.
 * - L: a regional host: 50 countries of M each (codes and e-mails prefixed per country).
 */
export type ScaleName = 'S' | 'M' | 'L';

export interface PlanShape {
  code: string;
  titleAz: string;
  titleEn: string;
  measures: number;
  /** Top-level sections; each gets 0–3 subsections. */
  sections: number;
}

export interface UnitShape {
  organizations: number;
  plans: PlanShape[];
  /** Quarterly periods from `firstYear`-Q1; the last one is OPEN, the others CLOSED. */
  quarters: number;
  firstYear: number;
  partners: { min: number; max: number };
  indicators: { min: number; max: number };
}

export interface ScaleSpec {
  name: ScaleName;
  /** Countries (units of M); 0 for S. */
  units: number;
  unit: UnitShape;
}

export const M_UNIT: UnitShape = {
  organizations: 30,
  plans: [
    {
      code: 'NAP-THB-2017-2026',
      titleAz: 'İnsan alverinə qarşı mübarizəyə dair 2017–2026-cı illər üçün Milli Fəaliyyət Planı',
      titleEn: 'National Action Plan on combating trafficking in human beings 2017–2026',
      measures: 520,
      sections: 8,
    },
    { code: 'NAP-ACORR-2017-2026', titleAz: 'Korrupsiyaya qarşı mübarizəyə dair Milli Fəaliyyət Planı', titleEn: 'National Action Plan on combating corruption', measures: 20, sections: 3 },
    { code: 'NAP-HR-2017-2026', titleAz: 'İnsan hüquqlarının müdafiəsinə dair Milli Fəaliyyət Proqramı', titleEn: 'National Programme on the protection of human rights', measures: 20, sections: 3 },
    { code: 'NAP-OGP-2017-2026', titleAz: 'Açıq hökumətin təşviqinə dair Milli Fəaliyyət Planı', titleEn: 'National Action Plan on promoting open government', measures: 20, sections: 3 },
    { code: 'NAP-GBV-2017-2026', titleAz: 'Məişət zorakılığının qarşısının alınmasına dair Milli Fəaliyyət Planı', titleEn: 'National Action Plan on preventing domestic violence', measures: 20, sections: 3 },
  ],
  quarters: 40,
  firstYear: 2017,
  partners: { min: 0, max: 4 },
  indicators: { min: 6, max: 14 },
};

export function scaleSpec(name: ScaleName, units?: number): ScaleSpec {
  switch (name) {
    case 'S':
      return { name, units: 0, unit: M_UNIT };
    case 'M':
      return { name, units: 1, unit: M_UNIT };
    case 'L':
      return { name, units: units ?? 50, unit: M_UNIT };
  }
}
