/**
 * Demo data set: the third National Action Plan on combating trafficking in human beings
 * (2014–2016), as the Ministry of Internal Affairs' annual report for 2016 describes it
 * (shared/seed/report-2016.az.txt). Pure data: no logic, no I/O.
 *
 * Provenance, so nobody quotes an illustrative number as official:
 * - Taken from the report: agencies and their roles, the work described in every measure,
 *   all 2016 figures (147 crimes, +30 % vs 2015; 19 document offences; 38 persons
 *   prosecuted, 31 women and 7 men; 15 groups, +2 vs 2015; 10 wanted persons caught;
 *   70 victims, 69 women / 1 man and 69 citizens / 1 foreigner; 63 victims + 7 potential
 *   victims in the shelter, 400 AZN each; 25 employed, 38 vocational courses, 54 returned to
 *   their families; 31 minors in education; 153,000 AZN spent; ≈15,000 hotline calls;
 *   70,000+ pupils in 54 cities and districts; 40+ seminars; 15 NGOs awarded; 90
 *   administrative penalties; 5,523 foreigners removed; ≈600 minors found; 240 parents;
 *   300+ materials to commissions; 200+ children under guardianship checked), the 2014–2016
 *   cumulative NGO figures (20 projects, 182,000 AZN) and the 2015 values implied by the
 *   report's comparisons (113 crimes, 13 groups). "More than"/"close to" figures are recorded
 *   as the round number the report gives.
 * - Illustrative (not in the report): every other 2015 value, all indicator targets (annual,
 *   round numbers), planned budgets, the NGO Council's yearly expenditure split, statuses,
 *   percentages, submission days, the 2015 narratives and partners' narratives, and
 *   measure 3.12 (cancelled because the power to create assistance centres went to the
 *   State Social Protection Fund). Baselines are null: the report gives none.
 * - The report's wording for the approving act is a presidential order ("Prezidentin
 *   sərəncamı"); it gives no date, so none is stated here.
 * - The report also states 26 groups neutralised in 2014–2016, which cannot be reconciled
 *   with 13 (2015) + 15 (2016); the per-year figures are kept and the cumulative one is
 *   left out of the narratives.
 *
 * Dimension cells use "dimension:option" (e.g. "sex:female"). Victims identified carry two
 * single-dimension breakdowns (sex, citizenship); each sums to the total on its own.
 */
import {
  CombineRule,
  ImplementationStatus,
  IndicatorUnit,
  OrganizationType,
} from '@nap/domain';

export interface DemoOrganization {
  code: string;
  nameAz: string;
  nameEn: string;
  nameRu: string;
  acronym: string | null;
  type: OrganizationType;
  parentCode: string | null;
}

export interface DemoIndicator {
  code: string;
  nameAz: string;
  nameEn: string;
  unit: IndicatorUnit;
  currency?: string;
  combineRule: CombineRule;
  baseline: number | null;
  target: number | null;
  dimensions: { code: string; options: string[] }[];
}

export interface DemoMeasure {
  code: string;
  titleAz: string;
  titleEn: string;
  descriptionAz: string;
  descriptionEn: string;
  startDate: string;
  dueDate: string;
  weight: number;
  plannedBudget: number | null;
  fundingSource: string | null;
  expectedResultAz: string;
  expectedResultEn: string;
  tags: string[];
  /** org code of the LEAD assignment */
  lead: string;
  /** org codes of the PARTNER assignments */
  partners: string[];
  indicators: DemoIndicator[];
}

export interface DemoSection {
  code: string;
  titleAz: string;
  titleEn: string;
  measures: DemoMeasure[];
}

export interface DemoPlan {
  code: string;
  titleAz: string;
  titleEn: string;
  startDate: string;
  endDate: string;
  approvingAct: string;
  sections: DemoSection[];
}

export interface DemoPeriod {
  label: string;
  startDate: string;
  endDate: string;
  dueDate: string;
}

export interface DemoIndicatorValue {
  indicatorCode: string;
  value: number | null;
  /** cells, each naming one option per dimension it covers: ["sex:female"] */
  breakdown: { options: string[]; value: number }[];
}

export interface DemoReport {
  measureCode: string;
  organizationCode: string;
  periodLabel: string;
  implementationStatus: ImplementationStatus;
  percentComplete: number;
  narrativeAz: string;
  narrativeEn: string;
  challenges: string | null;
  nextSteps: string | null;
  expenditure: { amount: number; currency: string; source: string } | null;
  indicatorValues: DemoIndicatorValue[];
  /** YYYY-MM-DD */
  submittedOnDay: string;
}

/** Password of every demo user account. */

export const DEMO_PASSWORD = 'Demo-2016!';

/** Agencies named in the 2016 report (seed README table) plus two NGOs and IOM. */
export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    code: 'MIA',
    nameAz: 'Daxili İşlər Nazirliyi',
    nameEn: 'Ministry of Internal Affairs',
    nameRu: 'Министерство внутренних дел',
    acronym: 'DİN',
    type: OrganizationType.MINISTRY,
    parentCode: null,
  },
  {
    code: 'MIA-CTHB',
    nameAz: 'İnsan Alverinə qarşı Mübarizə Baş İdarəsi',
    nameEn: 'Main Department for Combating Trafficking in Human Beings',
    nameRu: 'Главное управление по борьбе с торговлей людьми',
    acronym: null,
    type: OrganizationType.DEPARTMENT,
    parentCode: 'MIA',
  },
  {
    code: 'PA',
    nameAz: 'Polis Akademiyası',
    nameEn: 'Police Academy',
    nameRu: 'Полицейская академия',
    acronym: null,
    type: OrganizationType.ACADEMY,
    parentCode: 'MIA',
  },
  {
    code: 'GPO',
    nameAz: 'Baş Prokurorluq',
    nameEn: "Prosecutor General's Office",
    nameRu: 'Генеральная прокуратура',
    acronym: null,
    type: OrganizationType.PROSECUTION,
    parentCode: null,
  },
  {
    code: 'OMB',
    nameAz: 'İnsan Hüquqları üzrə Müvəkkilin (Ombudsmanın) Aparatı',
    nameEn: 'Office of the Commissioner for Human Rights (Ombudsman)',
    nameRu: 'Аппарат Уполномоченного по правам человека (Омбудсмана)',
    acronym: null,
    type: OrganizationType.OMBUDSMAN,
    parentCode: null,
  },
  {
    code: 'MOE',
    nameAz: 'Təhsil Nazirliyi',
    nameEn: 'Ministry of Education',
    nameRu: 'Министерство образования',
    acronym: null,
    type: OrganizationType.MINISTRY,
    parentCode: null,
  },
  {
    code: 'MOJ',
    nameAz: 'Ədliyyə Nazirliyi',
    nameEn: 'Ministry of Justice',
    nameRu: 'Министерство юстиции',
    acronym: null,
    type: OrganizationType.MINISTRY,
    parentCode: null,
  },
  {
    code: 'MOH',
    nameAz: 'Səhiyyə Nazirliyi',
    nameEn: 'Ministry of Health',
    nameRu: 'Министерство здравоохранения',
    acronym: null,
    type: OrganizationType.MINISTRY,
    parentCode: null,
  },
  {
    code: 'MFA',
    nameAz: 'Xarici İşlər Nazirliyi',
    nameEn: 'Ministry of Foreign Affairs',
    nameRu: 'Министерство иностранных дел',
    acronym: 'XİN',
    type: OrganizationType.MINISTRY,
    parentCode: null,
  },
  {
    code: 'MTCHT',
    nameAz: 'Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi',
    nameEn: 'Ministry of Transport, Communications and High Technologies',
    nameRu: 'Министерство транспорта, связи и высоких технологий',
    acronym: 'NRYTN',
    type: OrganizationType.MINISTRY,
    parentCode: null,
  },
  {
    code: 'MLSPP',
    nameAz: 'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
    nameEn: 'Ministry of Labour and Social Protection of Population',
    nameRu: 'Министерство труда и социальной защиты населения',
    acronym: 'ƏƏSMN',
    type: OrganizationType.MINISTRY,
    parentCode: null,
  },
  {
    code: 'SSPF',
    nameAz: 'Dövlət Sosial Müdafiə Fondu',
    nameEn: 'State Social Protection Fund',
    nameRu: 'Государственный фонд социальной защиты',
    acronym: 'DSMF',
    type: OrganizationType.FUND,
    parentCode: 'MLSPP',
  },
  {
    code: 'SCC',
    nameAz: 'Dövlət Gömrük Komitəsi',
    nameEn: 'State Customs Committee',
    nameRu: 'Государственный таможенный комитет',
    acronym: 'DGK',
    type: OrganizationType.STATE_COMMITTEE,
    parentCode: null,
  },
  {
    code: 'SCFWCA',
    nameAz: 'Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi',
    nameEn: 'State Committee for Family, Women and Children Affairs',
    nameRu: 'Государственный комитет по проблемам семьи, женщин и детей',
    acronym: 'AQUPDK',
    type: OrganizationType.STATE_COMMITTEE,
    parentCode: null,
  },
  {
    code: 'SBS',
    nameAz: 'Dövlət Sərhəd Xidməti',
    nameEn: 'State Border Service',
    nameRu: 'Государственная пограничная служба',
    acronym: 'DSX',
    type: OrganizationType.STATE_SERVICE,
    parentCode: null,
  },
  {
    code: 'SMS',
    nameAz: 'Dövlət Miqrasiya Xidməti',
    nameEn: 'State Migration Service',
    nameRu: 'Государственная миграционная служба',
    acronym: 'DMX',
    type: OrganizationType.STATE_SERVICE,
    parentCode: null,
  },
  {
    code: 'NGOC',
    nameAz: 'Qeyri-hökumət Təşkilatlarına Dövlət Dəstəyi Şurası',
    nameEn: 'Council on State Support to Non-Governmental Organisations',
    nameRu: 'Совет государственной поддержки неправительственных организаций',
    acronym: null,
    type: OrganizationType.COUNCIL,
    parentCode: null,
  },
  {
    code: 'LEA',
    nameAz: 'Yerli icra hakimiyyəti orqanları',
    nameEn: 'Local executive authorities',
    nameRu: 'Местные органы исполнительной власти',
    acronym: null,
    type: OrganizationType.LOCAL_EXECUTIVE,
    parentCode: null,
  },
  {
    code: 'NGO-AUB',
    nameAz: 'Azərbaycan Uşaqlar Birliyi',
    nameEn: "Azerbaijan Children's Union",
    nameRu: 'Детский союз Азербайджана',
    acronym: null,
    type: OrganizationType.NGO,
    parentCode: null,
  },
  {
    code: 'NGO-HAF',
    nameAz: 'Heydər Əliyev Fondu',
    nameEn: 'Heydar Aliyev Foundation',
    nameRu: 'Фонд Гейдара Алиева',
    acronym: null,
    type: OrganizationType.NGO,
    parentCode: null,
  },
  {
    code: 'IOM',
    nameAz: 'Beynəlxalq Miqrasiya Təşkilatının Azərbaycandakı Nümayəndəliyi',
    nameEn: 'International Organization for Migration, Mission in Azerbaijan',
    nameRu:
      'Представительство Международной организации по миграции в Азербайджане',
    acronym: 'IOM',
    type: OrganizationType.INTERNATIONAL,
    parentCode: null,
  },
];

/** The third National Action Plan with its seven directions as sections. */
export const DEMO_PLAN: DemoPlan = {
  code: 'NAP-2014-2016',
  titleAz:
    'İnsan alverinə qarşı mübarizəyə dair 2014–2016-cı illər üçün Milli Fəaliyyət Planı',
  titleEn: 'Third National Action Plan 2014–2016',
  startDate: '2014-01-01',
  endDate: '2016-12-31',
  approvingAct: 'Azərbaycan Respublikası Prezidentinin sərəncamı',
  sections: [
    {
      code: '1',
      titleAz: 'Qanunvericilik bazasının təkmilləşdirilməsi',
      titleEn: 'Improving the legislative framework',
      measures: [
        {
          code: '1.1',
          titleAz:
            'Qurbanlara 30 gün bərpa və fikirləşmə müddətinin verilməsi barədə Cinayət-Prosessual Məcəlləsinə 123-1-ci maddənin əlavə edilməsi',
          titleEn:
            'Adding Article 123-1 to the Criminal Procedure Code to give victims a 30-day recovery and reflection period',
          descriptionAz:
            'Qurbanlara düşünülmüş qərar qəbul etmək üçün 30 gün bərpa və fikirləşmə müddətinin verilməsini nəzərdə tutan normanın hazırlanması və Cinayət-Prosessual Məcəlləsinə yeni 123-1-ci maddə kimi daxil edilməsi.',
          descriptionEn:
            'Drafting a provision that gives victims a 30-day recovery and reflection period to take an informed decision, and adding it to the Criminal Procedure Code as new Article 123-1.',
          startDate: '2014-01-01',
          dueDate: '2015-12-31',
          weight: 2,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Qurbanların 30 günlük bərpa və fikirləşmə müddəti hüququ qanunla təsbit edilmişdir.',
          expectedResultEn:
            "Victims' right to a 30-day recovery and reflection period is set in law.",
          tags: ['SDG 5.2', 'SDG 8.7'],
          lead: 'MIA-CTHB',
          partners: ['GPO', 'MOJ'],
          indicators: [],
        },
        {
          code: '1.2',
          titleAz:
            '«Telekommunikasiya haqqında» Qanuna operator və provayderlərin uşaqların internet informasiya ehtiyatlarından təhlükəsiz istifadə imkanlarını təmin etmək vəzifəsinə dair müddəanın əlavə edilməsi',
          titleEn:
            "Adding to the Law on Telecommunications the duty of operators and providers to ensure children's safe use of internet information resources",
          descriptionAz:
            'Uşaqların internet vasitəsilə insan alverinə və istismara cəlb edilməsi riskinin azaldılması məqsədilə operator və provayderlərin vəzifəsinin qanunla müəyyən edilməsi.',
          descriptionEn:
            'Setting the duty of operators and providers in law, to reduce the risk of children being drawn into trafficking and exploitation via the internet.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Operator və provayderlərin uşaqların internetdə təhlükəsizliyinə dair vəzifəsi «Telekommunikasiya haqqında» Qanunda təsbit edilmişdir.',
          expectedResultEn:
            "The duty of operators and providers regarding children's online safety is set in the Law on Telecommunications.",
          tags: ['SDG 16.2'],
          lead: 'MTCHT',
          partners: ['MIA-CTHB', 'MOJ'],
          indicators: [],
        },
        {
          code: '1.3',
          titleAz:
            'Dövlət Sosial Müdafiə Fondunun qurbanların sosial reabilitasiyası, yardım mərkəzlərinin yaradılması və onların fəaliyyətinə nəzarət səlahiyyətinin müəyyən edilməsi',
          titleEn:
            "Giving the State Social Protection Fund powers for victims' social rehabilitation and for setting up and supervising assistance centres",
          descriptionAz:
            'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi yanında Dövlət Sosial Müdafiə Fondunun qurbanlarla bağlı səlahiyyətlərinin Azərbaycan Respublikası Prezidentinin fərmanı ilə müəyyən edilməsi üçün təkliflərin hazırlanması.',
          descriptionEn:
            'Preparing proposals for a presidential decree setting the powers of the State Social Protection Fund under the Ministry of Labour and Social Protection of Population with regard to victims.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Fondun qurbanların sosial reabilitasiyası üzrə səlahiyyətləri Prezidentin fərmanı ilə müəyyən edilmişdir.',
          expectedResultEn:
            "The Fund's powers for victims' social rehabilitation are set by presidential decree.",
          tags: ['SDG 5.2', 'SDG 8.7'],
          lead: 'MLSPP',
          partners: ['SSPF', 'MIA-CTHB'],
          indicators: [],
        },
        {
          code: '1.4',
          titleAz:
            'Cinayət təqibi orqanlarına yardım göstərən əcnəbilərə və vətəndaşlığı olmayan şəxslərə ölkədə müvəqqəti yaşamaq üçün icazə verilməsinə dair qanun layihəsinin hazırlanması',
          titleEn:
            'Drafting a law on temporary residence permits for foreigners and stateless persons who assist criminal prosecution authorities',
          descriptionAz:
            'Cinayət təqibi orqanlarına yardım göstərən əcnəbilərə və vətəndaşlığı olmayan şəxslərə ölkədə müvəqqəti yaşamaq üçün icazələrin verilməsini nəzərdə tutan qanun layihəsinin hazırlanması və aidiyyəti üzrə təqdim edilməsi.',
          descriptionEn:
            'Preparing and submitting a draft law that provides temporary residence permits for foreigners and stateless persons who assist criminal prosecution authorities.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Qanun layihəsi hazırlanaraq aidiyyəti üzrə təqdim edilmişdir.',
          expectedResultEn:
            'The draft law has been prepared and submitted to the competent authority.',
          tags: ['SDG 8.7'],
          lead: 'MIA-CTHB',
          partners: ['SMS', 'MOJ'],
          indicators: [],
        },
        {
          code: '1.5',
          titleAz:
            'İnsan alveri qurbanlarının xidmətindən istifadə etməyə görə hüquqi məsuliyyət nəzərdə tutan qanun layihəsinin hazırlanması',
          titleEn:
            'Drafting a law establishing legal liability for using the services of victims of trafficking',
          descriptionAz:
            'İnsan alveri qurbanlarının xidmətindən istifadə etməyə görə hüquqi məsuliyyət müəyyən edən qanun layihəsinin hazırlanması və aidiyyəti üzrə təqdim edilməsi.',
          descriptionEn:
            'Preparing and submitting a draft law establishing legal liability for using the services of victims of trafficking.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Qanun layihəsi hazırlanaraq aidiyyəti üzrə təqdim edilmişdir.',
          expectedResultEn:
            'The draft law has been prepared and submitted to the competent authority.',
          tags: ['SDG 5.2', 'SDG 8.7'],
          lead: 'MIA-CTHB',
          partners: ['GPO', 'MOJ'],
          indicators: [],
        },
        {
          code: '1.6',
          titleAz:
            'Xarici ölkələrin mütərəqqi iş təcrübəsi və ixtisaslaşmış beynəlxalq təşkilatların rəyi nəzərə alınmaqla qanunvericilik bazasının təkmilləşdirilməsi',
          titleEn:
            'Improving the legislative framework in the light of good foreign practice and the opinions of specialised international organisations',
          descriptionAz:
            'İnsan alverinə qarşı mübarizədə iştirak edən dövlət orqanlarının və xarici tərəfdaşların təkliflərinin ümumiləşdirilməsi və qanunvericilik bazasının təkmilləşdirilməsinə dair vəsatətlərin hazırlanması.',
          descriptionEn:
            'Compiling the proposals of the state bodies involved in combating trafficking and of foreign partners, and preparing motions to improve the legislative framework.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Qanunvericiliyin təkmilləşdirilməsinə dair qaldırılmış vəsatətlər təmin olunmuşdur.',
          expectedResultEn:
            'Motions to improve the legislation have been granted.',
          tags: ['SDG 5.2', 'SDG 8.7', 'SDG 16.2'],
          lead: 'MIA-CTHB',
          partners: ['MOJ', 'OMB'],
          indicators: [],
        },
      ],
    },
    {
      code: '2',
      titleAz:
        'İnsan alverinin qarşısının alınması və ictimaiyyətin maarifləndirilməsi',
      titleEn: 'Prevention and public awareness',
      measures: [
        {
          code: '2.1',
          titleAz:
            'Orta ümumtəhsil məktəblərinin yuxarı sinif şagirdləri üçün uşaqların insan alverindən müdafiəsi mövzusunda tədbirlərin keçirilməsi',
          titleEn:
            'Events on protecting children from trafficking for senior pupils of general secondary schools',
          descriptionAz:
            'Daxili İşlər və Təhsil nazirliklərinin birgə fəaliyyət planına uyğun olaraq valideynlər, psixoloqlar, icra hakimiyyətləri yanında yetkinlik yaşına çatmayanların işləri üzrə komissiyaların təmsilçiləri cəlb edilməklə respublikanın şəhər və rayonlarında tədbirlərin keçirilməsi.',
          descriptionEn:
            "Under the joint action plan of the Ministries of Internal Affairs and of Education, holding events across the country's cities and districts with parents, psychologists and representatives of the commissions on minors' affairs under the local executive authorities.",
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Yuxarı sinif şagirdləri insan alverinin təhlükələri və müdafiə yolları barədə məlumatlandırılmışdır.',
          expectedResultEn:
            'Senior pupils are informed about the dangers of trafficking and how to protect themselves.',
          tags: ['SDG 16.2'],
          lead: 'MOE',
          partners: ['MIA', 'LEA'],
          indicators: [
            {
              code: 'PUPILS_REACHED',
              nameAz: 'Maarifləndirici tədbirlərlə əhatə olunmuş şagirdlər',
              nameEn: 'Pupils reached by awareness events',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: 60000,
              dimensions: [],
            },
            {
              code: 'DISTRICTS_COVERED',
              nameAz: 'Tədbirlərin keçirildiyi şəhər və rayonlar',
              nameEn: 'Cities and districts where events were held',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.MAX,
              baseline: null,
              target: 60,
              dimensions: [],
            },
          ],
        },
        {
          code: '2.2',
          titleAz:
            'Məcburi köçkünlərin məskunlaşdığı ərazilərdə, internat məktəblərində və peşə-ixtisas təhsili müəssisələrində maarifləndirici tədbirlərin təşkili',
          titleEn:
            'Awareness events in settlements of internally displaced persons, boarding schools and vocational education institutions',
          descriptionAz:
            'Hüquq-mühafizə, tibb, sosial müdafiə və məşğulluq qurumları əməkdaşlarının, sahibkarların, kütləvi informasiya vasitələri nümayəndələrinin iştirakı ilə risk qrupuna aid təbəqəyə yönəlmiş maarifləndirici tədbirlərin keçirilməsi.',
          descriptionEn:
            'Awareness events for groups at risk, with staff of law-enforcement, health, social protection and employment agencies, entrepreneurs and media representatives.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Risk qrupuna aid şəxslər insan alverinin təhlükələri barədə məlumatlandırılmışdır.',
          expectedResultEn:
            'People at risk are informed about the dangers of trafficking.',
          tags: ['SDG 5.2', 'SDG 16.2'],
          lead: 'MIA-CTHB',
          partners: ['MOE', 'MLSPP', 'LEA'],
          indicators: [],
        },
        {
          code: '2.3',
          titleAz:
            'Ali təhsil müəssisələrində görüşlərin keçirilməsi, insan alveri mövzusunda filmlərin və teatr tamaşalarının nümayişi',
          titleEn:
            'Meetings at higher education institutions with screenings of films and theatre performances on trafficking',
          descriptionAz:
            'Ali təhsil müəssisələrində tələbələrlə görüşlərin keçirilməsi, insan alveri mövzusunda filmlərin və teatr tamaşalarının nümayiş etdirilməsi.',
          descriptionEn:
            'Meetings with students at higher education institutions, with films and theatre performances on trafficking.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Tələbələr insan alverinin təhlükələri barədə məlumatlandırılmışdır.',
          expectedResultEn:
            'Students are informed about the dangers of trafficking.',
          tags: ['SDG 5.2'],
          lead: 'MIA-CTHB',
          partners: ['MOE'],
          indicators: [],
        },
        {
          code: '2.4',
          titleAz:
            'Televiziya kanallarında və internet şəbəkəsində insan alverinə dair qısametrajlı filmlərin və sosial çarxların yayımlanması',
          titleEn:
            'Broadcasting short films and public service announcements on trafficking on TV channels and the internet',
          descriptionAz:
            'İnsan alverinin təhlükələrinə dair qısametrajlı filmlərin və sosial çarxların hazırlanması, müxtəlif televiziya kanallarında və internet şəbəkəsində yayımlanması.',
          descriptionEn:
            'Producing short films and public service announcements on the dangers of trafficking and broadcasting them on TV channels and the internet.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Geniş əhali kütləsi insan alverinin təhlükələri barədə məlumatlandırılmışdır.',
          expectedResultEn:
            'The general public is informed about the dangers of trafficking.',
          tags: ['SDG 5.2', 'SDG 8.7'],
          lead: 'MIA-CTHB',
          partners: [],
          indicators: [],
        },
        {
          code: '2.5',
          titleAz:
            'İnsan alverinə qarşı mübarizə tədbirlərinə dair məlumatların xüsusi polis qurumunun internet səhifəsində mütəmadi yerləşdirilməsi',
          titleEn:
            "Regular publication of information on anti-trafficking measures on the special police unit's website",
          descriptionAz:
            'Görülən tədbirlərin geniş əhali kütləsinə açıqlanması məqsədilə müvafiq məlumatların İnsan Alverinə qarşı Mübarizə Baş İdarəsinin internet səhifəsində mütəmadi yerləşdirilməsi.',
          descriptionEn:
            "Regularly publishing information on the Main Department's website so that the measures taken are known to the general public.",
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'İnsan alverinə qarşı mübarizə tədbirləri ictimaiyyət üçün açıqdır.',
          expectedResultEn: 'Anti-trafficking measures are open to the public.',
          tags: [],
          lead: 'MIA-CTHB',
          partners: [],
          indicators: [],
        },
        {
          code: '2.6',
          titleAz:
            'Səmərəli işi ilə fərqlənən qeyri-hökumət təşkilatlarının mükafatlandırılması',
          titleEn:
            'Awarding non-governmental organisations distinguished by effective work',
          descriptionAz:
            'Milli Fəaliyyət Planının icrasında səmərəli işi ilə fərqlənən qeyri-hökumət təşkilatlarının Daxili İşlər Nazirliyi tərəfindən mükafatlandırılması.',
          descriptionEn:
            'The Ministry of Internal Affairs awards NGOs distinguished by effective work in implementing the National Action Plan.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Qeyri-hökumət təşkilatlarının Milli Fəaliyyət Planının icrasında iştirakı həvəsləndirilmişdir.',
          expectedResultEn:
            "NGOs' participation in implementing the National Action Plan is encouraged.",
          tags: [],
          lead: 'MIA',
          partners: [],
          indicators: [
            {
              code: 'NGOS_AWARDED',
              nameAz: 'Mükafatlandırılmış qeyri-hökumət təşkilatları',
              nameEn: 'NGOs awarded',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: 10,
              dimensions: [],
            },
          ],
        },
        {
          code: '2.7',
          titleAz:
            'Qeyri-hökumət təşkilatlarının insan alverinə qarşı mübarizə layihələrinin maliyyələşdirilməsi',
          titleEn: "Funding NGOs' anti-trafficking projects",
          descriptionAz:
            'Qeyri-hökumət təşkilatlarının insan alverinin qarşısının alınmasına və qurbanlara yardıma yönəlmiş layihələrinin qrant müsabiqələri vasitəsilə maliyyələşdirilməsi.',
          descriptionEn:
            'Funding, through grant competitions, NGO projects on preventing trafficking and assisting victims.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: 180000,
          fundingSource:
            'Qeyri-hökumət Təşkilatlarına Dövlət Dəstəyi Şurasının qrant vəsaiti',
          expectedResultAz:
            'Qeyri-hökumət təşkilatlarının layihələri dövlət tərəfindən maliyyələşdirilmişdir.',
          expectedResultEn: 'NGO projects receive state funding.',
          tags: ['SDG 5.2', 'SDG 8.7'],
          lead: 'NGOC',
          partners: [],
          indicators: [
            {
              code: 'NGO_PROJECTS_FUNDED_CUMULATIVE',
              nameAz:
                'Maliyyələşdirilmiş QHT layihələri (2014-cü ildən artan yekunla)',
              nameEn: 'NGO projects funded (cumulative since 2014)',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.LATEST,
              baseline: null,
              target: 20,
              dimensions: [],
            },
            {
              code: 'NGO_FUNDING_CUMULATIVE',
              nameAz:
                'QHT layihələrinə ayrılmış vəsait (2014-cü ildən artan yekunla)',
              nameEn: 'Funds allocated to NGO projects (cumulative since 2014)',
              unit: IndicatorUnit.AMOUNT,
              currency: 'AZN',
              combineRule: CombineRule.LATEST,
              baseline: null,
              target: 180000,
              dimensions: [],
            },
          ],
        },
        {
          code: '2.8',
          titleAz:
            'İnsan alverinin yeni forma və metodlarının, risk qrupuna aid təbəqənin öyrənilməsi və maarifləndirmə işinin buna uyğun yenilənməsi',
          titleEn:
            'Studying new forms and methods of trafficking and the groups at risk, and updating awareness work accordingly',
          descriptionAz:
            'Risk qrupuna aid təbəqənin mütəmadi yenilənməsi nəzərə alınmaqla insan alverinin yeni forma və metodlarının təhlili və maarifləndirici tədbirlərin mövzularının müəyyən edilməsi.',
          descriptionEn:
            'Analysing new forms and methods of trafficking, given that the groups at risk keep changing, and setting the topics of awareness events accordingly.',
          startDate: '2014-01-01',
          dueDate: '2015-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Maarifləndirici tədbirlər aktual risk qruplarına yönəldilmişdir.',
          expectedResultEn:
            'Awareness events target the current groups at risk.',
          tags: ['SDG 5.2', 'SDG 16.2'],
          lead: 'MIA-CTHB',
          partners: ['SCFWCA'],
          indicators: [],
        },
      ],
    },
    {
      code: '3',
      titleAz:
        'Qurbanların müdafiəsi, onlara yardım göstərilməsi və reinteqrasiyası',
      titleEn: 'Protection, assistance and reintegration of victims',
      measures: [
        {
          code: '3.1',
          titleAz:
            'İnsan alveri qurbanlarının müəyyən edilməsi və müdafiə tədbirlərinə istiqamətləndirilməsi',
          titleEn:
            'Identifying victims of trafficking and referring them to protection',
          descriptionAz:
            'İnsan alveri və məcburi əmək qurbanlarının vaxtında müəyyən edilməsi, onlara qurban statusunun verilməsi və müdafiə, yardım tədbirlərinə istiqamətləndirilməsi.',
          descriptionEn:
            'Timely identification of victims of trafficking and forced labour, granting them victim status and referring them to protection and assistance.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 2,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Qurbanlar vaxtında müəyyən edilərək yardım tədbirlərinə istiqamətləndirilmişdir.',
          expectedResultEn:
            'Victims are identified in time and referred to assistance.',
          tags: ['SDG 5.2', 'SDG 8.7', 'SDG 16.2'],
          lead: 'MIA-CTHB',
          partners: ['SBS', 'SMS'],
          indicators: [
            {
              code: 'VICTIMS_IDENTIFIED',
              nameAz: 'Müəyyən edilmiş qurbanlar',
              nameEn: 'Victims identified',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: null,
              dimensions: [
                {
                  code: 'sex',
                  options: ['female', 'male'],
                },
                {
                  code: 'citizenship',
                  options: ['national', 'foreign'],
                },
              ],
            },
          ],
        },
        {
          code: '3.2',
          titleAz:
            'İnsan alverinin və məcburi əməyin qurbanlarının və potensial qurbanlarının sığınacağa yerləşdirilməsi və onlara birdəfəlik müavinət verilməsi',
          titleEn:
            'Placing victims and potential victims of trafficking and forced labour in the shelter and paying them a one-time allowance',
          descriptionAz:
            'Qurbanların və potensial qurbanların xüsusi sığınacağa yerləşdirilməsi və hər birinə 400 manat məbləğində birdəfəlik müavinət verilməsi.',
          descriptionEn:
            'Placing victims and potential victims in the special shelter and paying each a one-time allowance of 400 manat.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Sığınacağa yerləşdirilmiş hər bir şəxs birdəfəlik müavinətlə təmin edilmişdir.',
          expectedResultEn:
            'Everyone placed in the shelter receives the one-time allowance.',
          tags: ['SDG 5.2', 'SDG 8.7'],
          lead: 'MIA-CTHB',
          partners: [],
          indicators: [
            {
              code: 'SHELTER_PLACEMENTS',
              nameAz:
                'Sığınacağa yerləşdirilmiş qurbanlar və potensial qurbanlar',
              nameEn: 'Victims and potential victims placed in the shelter',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: null,
              dimensions: [
                {
                  code: 'victim_status',
                  options: ['victim', 'potential_victim'],
                },
              ],
            },
            {
              code: 'ALLOWANCES_PAID',
              nameAz: '400 manat birdəfəlik müavinət almış şəxslər',
              nameEn: 'Persons paid the one-time allowance of 400 manat',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: null,
              dimensions: [],
            },
          ],
        },
        {
          code: '3.3',
          titleAz:
            'Qurbanların işlə təmin edilməsi və peşə kurslarına göndərilməsi',
          titleEn:
            'Finding jobs for victims and sending them to vocational courses',
          descriptionAz:
            'Qurbanların məşğulluq xidməti vasitəsilə işlə təmin edilməsi və peşə hazırlığı kurslarına göndərilməsi.',
          descriptionEn:
            'Finding jobs for victims through the employment service and sending them to vocational training courses.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Qurbanların iqtisadi müstəqilliyi təmin edilmişdir.',
          expectedResultEn: 'Victims gain economic independence.',
          tags: ['SDG 8.7'],
          lead: 'MLSPP',
          partners: ['SSPF', 'MIA-CTHB'],
          indicators: [
            {
              code: 'VICTIMS_EMPLOYED',
              nameAz: 'İşlə təmin edilmiş qurbanlar',
              nameEn: 'Victims employed',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: 25,
              dimensions: [],
            },
            {
              code: 'VICTIMS_VOCATIONAL_COURSES',
              nameAz: 'Peşə kurslarına göndərilmiş qurbanlar',
              nameEn: 'Victims sent to vocational courses',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: 35,
              dimensions: [],
            },
          ],
        },
        {
          code: '3.4',
          titleAz:
            'Qurbanların ailələrinə qaytarılması və cəmiyyətə reinteqrasiyası',
          titleEn:
            'Returning victims to their families and reintegrating them into society',
          descriptionAz:
            'Qurbanların ailələrinə qaytarılması və cəmiyyətə reinteqrasiyasının təmin edilməsi.',
          descriptionEn:
            'Returning victims to their families and ensuring their reintegration into society.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Qurbanlar ailələrinə qaytarılaraq cəmiyyətə reinteqrasiya edilmişdir.',
          expectedResultEn:
            'Victims are returned to their families and reintegrated.',
          tags: ['SDG 5.2', 'SDG 16.2'],
          lead: 'MIA-CTHB',
          partners: ['LEA', 'SCFWCA'],
          indicators: [
            {
              code: 'VICTIMS_RETURNED_TO_FAMILY',
              nameAz: 'Ailəsinə qaytarılmış qurbanlar',
              nameEn: 'Victims returned to their families',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: 50,
              dimensions: [],
            },
          ],
        },
        {
          code: '3.5',
          titleAz:
            'Qurbanlara dövlət hesabına zəruri tibbi və psixoloji yardımın göstərilməsi',
          titleEn:
            'Medical and psychological assistance to victims at state expense',
          descriptionAz:
            'Bütün qurbanların dövlət hesabına zəruri tibbi və psixoloji yardımla əhatə olunması.',
          descriptionEn:
            'Providing all victims with the necessary medical and psychological assistance at state expense.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Bütün qurbanlar tibbi və psixoloji yardım almışdır.',
          expectedResultEn:
            'All victims receive medical and psychological assistance.',
          tags: ['SDG 5.2', 'SDG 8.7'],
          lead: 'MOH',
          partners: ['MIA-CTHB'],
          indicators: [],
        },
        {
          code: '3.6',
          titleAz:
            'İbtidai istintaq və məhkəmə baxışı dövründə qurbanlara peşəkar hüquqi yardımın göstərilməsi',
          titleEn:
            'Professional legal assistance to victims during pre-trial investigation and trial',
          descriptionAz:
            'İbtidai istintaq və məhkəmə baxışı dövründə qurbanların peşəkar hüquqi xidmətlə təmin edilməsi.',
          descriptionEn:
            'Providing victims with professional legal services during pre-trial investigation and trial.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Bütün qurbanlar peşəkar hüquqi yardımla təmin edilmişdir.',
          expectedResultEn:
            'All victims receive professional legal assistance.',
          tags: ['SDG 5.2'],
          lead: 'MOJ',
          partners: ['MIA-CTHB', 'OMB'],
          indicators: [],
        },
        {
          code: '3.7',
          titleAz:
            'Qurbanların himayəsində olan azyaşlıların təhsil proqramlarına cəlb edilməsi',
          titleEn:
            'Enrolling minors in the care of victims in education programmes',
          descriptionAz:
            'Qurbanların himayəsində olan azyaşlıların Heydər Əliyev Fondunun dəstəyi ilə müxtəlif təhsil proqramlarına cəlb edilməsi.',
          descriptionEn:
            'Enrolling minors in the care of victims in various education programmes with the support of the Heydar Aliyev Foundation.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Qurbanların himayəsində olan azyaşlılar təhsillə əhatə olunmuşdur.',
          expectedResultEn: "Minors in victims' care are in education.",
          tags: ['SDG 16.2'],
          lead: 'MOE',
          partners: ['NGO-HAF', 'SCFWCA'],
          indicators: [
            {
              code: 'MINORS_IN_EDUCATION',
              nameAz: 'Təhsil proqramlarına cəlb olunmuş azyaşlılar',
              nameEn:
                "Minors in victims' care enrolled in education programmes",
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: 30,
              dimensions: [],
            },
          ],
        },
        {
          code: '3.8',
          titleAz:
            'Qurbanların himayəsində olan uşaqların sosial problemlərinin həlli və «Azərbaycan Uşaqlar Birliyi»nin nəzdindəki sığınacağa yerləşdirilməsi',
          titleEn:
            "Solving the social problems of children in victims' care and placing them in the Azerbaijan Children's Union shelter",
          descriptionAz:
            'Qurbanların himayəsində olan uşaqların sosial problemlərinin həll edilməsi və ehtiyac olduqda «Azərbaycan Uşaqlar Birliyi»nin nəzdindəki sığınacağa yerləşdirilməsi.',
          descriptionEn:
            "Solving the social problems of children in victims' care and, where needed, placing them in the shelter of the Azerbaijan Children's Union.",
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Qurbanların uşaqları sosial müdafiə ilə əhatə olunmuşdur.',
          expectedResultEn: "Victims' children receive social protection.",
          tags: ['SDG 16.2'],
          lead: 'MIA-CTHB',
          partners: ['SCFWCA', 'NGO-AUB'],
          indicators: [
            {
              code: 'CHILDREN_SOCIAL_PROBLEMS_SOLVED',
              nameAz: 'Sosial problemləri həll edilmiş uşaqlar',
              nameEn: 'Children whose social problems were solved',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: null,
              dimensions: [],
            },
            {
              code: 'CHILDREN_PLACED_AUB_SHELTER',
              nameAz:
                '«Azərbaycan Uşaqlar Birliyi»nin sığınacağına yerləşdirilmiş uşaqlar',
              nameEn:
                "Children placed in the Azerbaijan Children's Union shelter",
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: null,
              dimensions: [],
            },
          ],
        },
        {
          code: '3.9',
          titleAz:
            'Qurbanların sosial reabilitasiyasının, sığınacaqda saxlanılmasının və birdəfəlik müavinətlərinin maliyyələşdirilməsi',
          titleEn:
            "Financing victims' social rehabilitation, shelter accommodation and one-time allowances",
          descriptionAz:
            'Qurbanların sosial reabilitasiyasının, o cümlədən sığınacaqda saxlanılmasının və onlara birdəfəlik müavinətlərin verilməsinin Daxili İşlər Nazirliyinin büdcəsindən maliyyələşdirilməsi.',
          descriptionEn:
            "Financing from the Ministry of Internal Affairs budget victims' social rehabilitation, including their stay in the shelter and the one-time allowances.",
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: 450000,
          fundingSource: 'Dövlət büdcəsi (Daxili İşlər Nazirliyi)',
          expectedResultAz:
            'Qurbanlara yardım tədbirləri tam həcmdə maliyyələşdirilmişdir.',
          expectedResultEn: 'Assistance to victims is fully financed.',
          tags: ['SDG 5.2', 'SDG 8.7'],
          lead: 'MIA',
          partners: [],
          indicators: [
            {
              code: 'REHABILITATION_SPENDING',
              nameAz:
                'Qurbanların sosial reabilitasiyasına, sığınacağa və müavinətlərə xərclənmiş vəsait',
              nameEn:
                "Spending on victims' social rehabilitation, shelter and allowances",
              unit: IndicatorUnit.AMOUNT,
              currency: 'AZN',
              combineRule: CombineRule.SUM,
              baseline: null,
              target: 150000,
              dimensions: [],
            },
          ],
        },
        {
          code: '3.10',
          titleAz:
            '«Qaynar xətt» telefon xidmətinə daxil olan müraciətlərin araşdırılması',
          titleEn: 'Examining calls to the hotline',
          descriptionAz:
            'Xarici ölkələrdə əmək fəaliyyəti, təhsil, əcnəbilərlə nikah, məişət zorakılığı, miqrantların müvəqqəti qeydiyyatı, övladlığa götürmə və digər məsələlərlə bağlı «qaynar xətt»ə daxil olan müraciətlərin araşdırılması, qanunauyğun ölçülərin götürülməsi və təşəbbüskarlara izahların verilməsi.',
          descriptionEn:
            'Examining hotline calls about work abroad, study, marriage with foreigners, domestic violence, temporary registration of migrants, adoption and other matters, taking lawful action and giving callers explanations.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Hər bir müraciət üzrə qanunauyğun ölçülər götürülmüşdür.',
          expectedResultEn: 'Lawful action is taken on every call.',
          tags: ['SDG 5.2', 'SDG 8.7'],
          lead: 'MIA-CTHB',
          partners: [],
          indicators: [
            {
              code: 'HOTLINE_CALLS',
              nameAz: '«Qaynar xətt»ə daxil olmuş və araşdırılmış müraciətlər',
              nameEn: 'Hotline calls examined',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: 12000,
              dimensions: [],
            },
          ],
        },
        {
          code: '3.11',
          titleAz:
            'Dövlət Sosial Müdafiə Fondu tərəfindən insan alveri qurbanları üçün yardım mərkəzlərinin yaradılması',
          titleEn:
            'Setting up assistance centres for victims of trafficking by the State Social Protection Fund',
          descriptionAz:
            'Dövlət Sosial Müdafiə Fondu tərəfindən qurbanlar üçün yardım mərkəzlərinin yaradılması və onların fəaliyyətinə nəzarətin təşkili.',
          descriptionEn:
            'Setting up assistance centres for victims by the State Social Protection Fund and organising supervision of their work.',
          startDate: '2015-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz: 'Qurbanlar üçün yardım mərkəzi fəaliyyət göstərir.',
          expectedResultEn: 'An assistance centre for victims is operating.',
          tags: ['SDG 5.2', 'SDG 8.7'],
          lead: 'SSPF',
          partners: ['MLSPP'],
          indicators: [],
        },
        {
          code: '3.12',
          titleAz:
            'Regionlarda Daxili İşlər Nazirliyinin nəzdində qurbanlar üçün ikinci sığınacağın yaradılması',
          titleEn:
            'Setting up a second shelter for victims under the Ministry of Internal Affairs in the regions',
          descriptionAz:
            'Regionlarda müəyyən edilən qurbanların yerləşdirilməsi üçün Daxili İşlər Nazirliyinin nəzdində ikinci sığınacağın yaradılması.',
          descriptionEn:
            'Setting up a second Ministry of Internal Affairs shelter for victims identified in the regions.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Regionlarda qurbanlar üçün sığınacaq fəaliyyət göstərir.',
          expectedResultEn: 'A shelter for victims operates in the regions.',
          tags: ['SDG 5.2'],
          lead: 'MIA',
          partners: ['LEA'],
          indicators: [],
        },
      ],
    },
    {
      code: '4',
      titleAz: 'Cinayət təqibi və hüquq-mühafizə fəaliyyəti',
      titleEn: 'Criminal prosecution and law enforcement',
      measures: [
        {
          code: '4.1',
          titleAz:
            'İnsan alveri və məcburi əmək cinayətlərinin aşkarlanması üzrə əməliyyat-axtarış tədbirlərinin həyata keçirilməsi',
          titleEn:
            'Operational and investigative measures to detect trafficking and forced-labour crimes',
          descriptionAz:
            'İnsan alveri və məcburi əmək cinayətlərinin aşkarlanması məqsədilə əməliyyat-axtarış tədbirlərinin planlı surətdə həyata keçirilməsi.',
          descriptionEn:
            'Planned operational and investigative measures to detect trafficking and forced-labour crimes.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 2,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Kriminogen durum nəzarətdə saxlanılır, cinayətlər vaxtında aşkarlanır.',
          expectedResultEn:
            'The crime situation is kept under control and crimes are detected in time.',
          tags: ['SDG 5.2', 'SDG 8.7', 'SDG 16.2'],
          lead: 'MIA-CTHB',
          partners: ['GPO', 'SBS', 'SMS'],
          indicators: [
            {
              code: 'CRIMES_DETECTED',
              nameAz: 'Aşkarlanmış insan alveri və məcburi əmək cinayətləri',
              nameEn: 'Trafficking and forced-labour crimes detected',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: 120,
              dimensions: [],
            },
          ],
        },
        {
          code: '4.2',
          titleAz:
            'İnsan alveri məqsədilə sənədlərlə qanunsuz hərəkətlərin aşkarlanması',
          titleEn:
            'Detecting illegal actions with documents for the purpose of trafficking',
          descriptionAz:
            'İnsan alveri məqsədilə sənədlərlə qanunsuz hərəkətlərə dair faktların aşkarlanması və cinayət təqibinin həyata keçirilməsi.',
          descriptionEn:
            'Detecting and prosecuting illegal actions with documents for the purpose of trafficking.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Sənədlərlə qanunsuz hərəkətlərə dair faktlar vaxtında aşkarlanır.',
          expectedResultEn:
            'Illegal actions with documents are detected in time.',
          tags: ['SDG 8.7'],
          lead: 'MIA-CTHB',
          partners: ['SMS', 'SBS'],
          indicators: [
            {
              code: 'DOCUMENT_OFFENCES',
              nameAz:
                'İnsan alveri məqsədilə sənədlərlə qanunsuz hərəkətlərə dair aşkarlanmış faktlar',
              nameEn:
                'Illegal actions with documents for trafficking purposes detected',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: 15,
              dimensions: [],
            },
          ],
        },
        {
          code: '4.3',
          titleAz:
            'İnsan alveri və məcburi əmək cinayətlərini törətmiş şəxslərin cinayət məsuliyyətinə cəlb edilməsi',
          titleEn:
            'Bringing perpetrators of trafficking and forced-labour crimes to criminal liability',
          descriptionAz:
            'İnsan alveri və məcburi əmək cinayətlərini törətmiş şəxslərin ifşa edilməsi və cinayət məsuliyyətinə cəlb edilməsi.',
          descriptionEn:
            'Exposing perpetrators of trafficking and forced-labour crimes and bringing them to criminal liability.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 2,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Cinayət törətmiş şəxslər məsuliyyətə cəlb edilmişdir.',
          expectedResultEn: 'Perpetrators are held criminally liable.',
          tags: ['SDG 5.2', 'SDG 8.7', 'SDG 16.2'],
          lead: 'MIA-CTHB',
          partners: ['GPO'],
          indicators: [
            {
              code: 'PERSONS_PROSECUTED',
              nameAz: 'Cinayət məsuliyyətinə cəlb edilmiş şəxslər',
              nameEn: 'Persons brought to criminal liability',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: 40,
              dimensions: [
                {
                  code: 'sex',
                  options: ['female', 'male'],
                },
              ],
            },
          ],
        },
        {
          code: '4.4',
          titleAz:
            'Mütəşəkkil cinayətkar qrupların ifşa edilməsi və zərərsizləşdirilməsi',
          titleEn: 'Exposing and neutralising organised criminal groups',
          descriptionAz:
            'İnsan alveri ilə məşğul olan mütəşəkkil cinayətkar qrupların, o cümlədən onların transmilli cinayətkar şəbəkələrlə əlaqələrinin ifşa edilməsi və zərərsizləşdirilməsi.',
          descriptionEn:
            'Exposing and neutralising organised criminal groups engaged in trafficking, including their links with transnational criminal networks.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Cinayətkar qrupların fəaliyyətinin qarşısı alınmışdır.',
          expectedResultEn: 'Criminal groups are stopped.',
          tags: ['SDG 8.7', 'SDG 16.2'],
          lead: 'MIA-CTHB',
          partners: [],
          indicators: [
            {
              code: 'CRIMINAL_GROUPS_NEUTRALISED',
              nameAz: 'Zərərsizləşdirilmiş cinayətkar qruplar',
              nameEn: 'Criminal groups neutralised',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: 12,
              dimensions: [],
            },
          ],
        },
        {
          code: '4.5',
          titleAz:
            'İnsan alveri cinayətlərinə görə axtarışa elan olunmuş şəxslərin tutulması',
          titleEn: 'Apprehending persons wanted for trafficking crimes',
          descriptionAz:
            'İnsan alveri cinayətlərinə görə axtarışa elan olunmuş şəxslərin tutulması üzrə tədbirlərin həyata keçirilməsi.',
          descriptionEn:
            'Measures to apprehend persons wanted for trafficking crimes.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Axtarışda olan şəxslər tutularaq məsuliyyətə cəlb edilmişdir.',
          expectedResultEn: 'Wanted persons are caught and held liable.',
          tags: ['SDG 16.2'],
          lead: 'MIA-CTHB',
          partners: ['SBS'],
          indicators: [
            {
              code: 'WANTED_PERSONS_CAUGHT',
              nameAz: 'Tutulmuş axtarışda olan şəxslər',
              nameEn: 'Wanted persons caught',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: 10,
              dimensions: [],
            },
          ],
        },
        {
          code: '4.6',
          titleAz:
            'İctimai mənəviyyat əleyhinə olan cinayətlərin profilaktikası və aşkarlanması',
          titleEn: 'Preventing and detecting crimes against public morality',
          descriptionAz:
            'Profilaktik tədbirlər çərçivəsində ictimai mənəviyyat əleyhinə olan cinayətlərin aşkarlanması və təqsirkar şəxslərin məsuliyyətə cəlb edilməsi.',
          descriptionEn:
            'Detecting crimes against public morality as part of prevention and holding those responsible liable.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'İnsan alverinə şərait yaradan cinayətlərin qarşısı alınır.',
          expectedResultEn:
            'Crimes that open the way to trafficking are prevented.',
          tags: ['SDG 5.2'],
          lead: 'MIA',
          partners: [],
          indicators: [],
        },
      ],
    },
    {
      code: '5',
      titleAz:
        'Kadrların peşəkarlığının artırılması və potensialın gücləndirilməsi',
      titleEn: 'Professional training and capacity building',
      measures: [
        {
          code: '5.1',
          titleAz:
            'İnsan Alverinə qarşı Mübarizə Baş İdarəsinin əməkdaşlarının seminar, konfrans, təlim və treninqlərə cəlb edilməsi',
          titleEn:
            'Involving staff of the Main Department for Combating Trafficking in seminars, conferences and trainings',
          descriptionAz:
            'Baş İdarənin əməkdaşlarının Daxili İşlər Nazirliyi və beynəlxalq təşkilatlar tərəfindən təşkil olunan seminar, konfrans, təlim və treninqlərə cəlb edilməsi.',
          descriptionEn:
            "Involving the Main Department's staff in seminars, conferences and trainings organised by the Ministry of Internal Affairs and international organisations.",
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz: 'Əməkdaşların peşəkarlığı artırılmışdır.',
          expectedResultEn: "Staff's professional skills are raised.",
          tags: [],
          lead: 'MIA-CTHB',
          partners: ['IOM'],
          indicators: [
            {
              code: 'SEMINARS_ATTENDED',
              nameAz:
                'Əməkdaşların iştirak etdiyi seminar, konfrans, təlim və treninqlər',
              nameEn: 'Seminars, conferences and trainings attended by staff',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: 30,
              dimensions: [],
            },
          ],
        },
        {
          code: '5.2',
          titleAz:
            'Dövlət Gömrük Komitəsinin əməkdaşları üçün insan alverinə qarşı mübarizə üzrə ixtisasartırma kurslarının təşkili',
          titleEn:
            'Refresher courses on combating trafficking for State Customs Committee staff',
          descriptionAz:
            'Gömrük əməkdaşlarının insan alveri hallarını və potensial qurbanları müəyyən etmək bacarıqlarının artırılması üçün ixtisasartırma kurslarının keçirilməsi.',
          descriptionEn:
            'Refresher courses so that customs officers can recognise trafficking cases and potential victims.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Gömrük əməkdaşları insan alveri hallarını tanımaq üzrə hazırlıq keçmişdir.',
          expectedResultEn:
            'Customs officers are trained to recognise trafficking.',
          tags: [],
          lead: 'SCC',
          partners: ['MIA-CTHB'],
          indicators: [],
        },
        {
          code: '5.3',
          titleAz:
            'Dövlət Miqrasiya Xidmətinin əməkdaşları üçün insan alverinə qarşı mübarizə üzrə ixtisasartırma kurslarının təşkili',
          titleEn:
            'Refresher courses on combating trafficking for State Migration Service staff',
          descriptionAz:
            'Miqrasiya orqanları əməkdaşlarının miqrantlar arasında insan alveri və məcburi əmək qurbanlarını müəyyən etmək bacarıqlarının artırılması üçün ixtisasartırma kurslarının keçirilməsi.',
          descriptionEn:
            'Refresher courses so that migration officers can recognise victims of trafficking and forced labour among migrants.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Miqrasiya orqanlarının əməkdaşları qurbanların müəyyən edilməsi üzrə hazırlıq keçmişdir.',
          expectedResultEn:
            'Migration officers are trained to identify victims.',
          tags: ['SDG 8.7'],
          lead: 'SMS',
          partners: ['MIA-CTHB'],
          indicators: [],
        },
        {
          code: '5.4',
          titleAz:
            'Dövlət Sərhəd Xidmətinin əməkdaşları və hərbi qulluqçuları üçün insan alverinə qarşı mübarizə üzrə ixtisasartırma kurslarının təşkili',
          titleEn:
            'Refresher courses on combating trafficking for State Border Service staff and service members',
          descriptionAz:
            'Sərhəd-buraxılış məntəqələrində insan alveri hallarının və potensial qurbanların müəyyən edilməsi üzrə ixtisasartırma kurslarının keçirilməsi.',
          descriptionEn:
            'Refresher courses on recognising trafficking cases and potential victims at border crossing points.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Sərhəd xidmətinin əməkdaşları insan alveri hallarını tanımaq üzrə hazırlıq keçmişdir.',
          expectedResultEn:
            'Border staff are trained to recognise trafficking.',
          tags: [],
          lead: 'SBS',
          partners: ['MIA-CTHB'],
          indicators: [],
        },
        {
          code: '5.5',
          titleAz:
            'Polis Akademiyasında insan alveri cinayətlərinin hüquqi aspektlərinin, kriminoloji xüsusiyyətlərinin, qarşısının alınması və açılması taktikasının tədrisi',
          titleEn:
            'Teaching the legal aspects, criminological features and prevention and detection tactics of trafficking crimes at the Police Academy',
          descriptionAz:
            'Polis Akademiyasının tədris proqramına insan alveri cinayətlərinin hüquqi aspektlərinə, kriminoloji xüsusiyyətlərinə, qarşısının alınması və açılması taktikasına dair mövzuların daxil edilməsi və tədrisi.',
          descriptionEn:
            'Including topics on the legal aspects, criminological features and prevention and detection tactics of trafficking crimes in the Police Academy curriculum and teaching them.',
          startDate: '2014-01-01',
          dueDate: '2015-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Gələcək polis əməkdaşları insan alverinə qarşı mübarizə üzrə hazırlıq keçir.',
          expectedResultEn:
            'Future police officers are trained in combating trafficking.',
          tags: [],
          lead: 'PA',
          partners: ['MIA-CTHB'],
          indicators: [],
        },
        {
          code: '5.6',
          titleAz:
            'Ali təhsil müəssisələrində insan alverinə qarşı mübarizəyə və qurbanlara psixoloji yardımın göstərilməsinə dair mövzuların tədrisi',
          titleEn:
            'Teaching combating trafficking and psychological assistance to victims at universities',
          descriptionAz:
            'Azərbaycan Turizm və Menecment Universitetində, Bakı, Gəncə və Naxçıvan dövlət universitetlərində insan alverinə qarşı mübarizəyə və qurbanlara psixoloji yardımın göstərilməsinə dair mövzuların tədris proqramlarına daxil edilməsi.',
          descriptionEn:
            'Including topics on combating trafficking and psychological assistance to victims in the curricula of the Azerbaijan Tourism and Management University and of Baku, Ganja and Nakhchivan State Universities.',
          startDate: '2014-01-01',
          dueDate: '2015-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Tələbələr insan alverinə qarşı mübarizə və qurbanlara psixoloji yardım üzrə bilik əldə edir.',
          expectedResultEn:
            'Students learn about combating trafficking and psychological assistance to victims.',
          tags: [],
          lead: 'MOE',
          partners: [],
          indicators: [],
        },
        {
          code: '5.7',
          titleAz:
            'Xüsusi polis qurumunun əməkdaşlarının Avropa dövlətlərində təcrübə mübadiləsinə və tədris kurslarına təlimçi qismində cəlb edilməsi',
          titleEn:
            'Involving special police unit staff in experience exchanges in European countries and as trainers in courses',
          descriptionAz:
            'Xüsusi polis qurumunun əməkdaşlarının beynəlxalq təşkilatların layihələri formatında Avropa dövlətlərində təcrübə mübadiləsinə və tədris kurslarında təlimçi qismində iştiraka cəlb edilməsi.',
          descriptionEn:
            'Involving special police unit staff, under projects of international organisations, in experience exchanges in European countries and as trainers in courses.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Əməkdaşlar xarici təcrübə ilə tanış olmuş, təlimçi kimi çıxış etmişdir.',
          expectedResultEn:
            'Staff learn from foreign practice and act as trainers.',
          tags: [],
          lead: 'MIA-CTHB',
          partners: ['IOM'],
          indicators: [],
        },
      ],
    },
    {
      code: '6',
      titleAz: 'Beynəlxalq əməkdaşlıq',
      titleEn: 'International cooperation',
      measures: [
        {
          code: '6.1',
          titleAz:
            'Beynəlxalq təşkilatlarla və xarici tərəfdaşlarla insan alverinə qarşı mübarizə üzrə informasiya mübadiləsi',
          titleEn:
            'Information exchange on combating trafficking with international organisations and foreign partners',
          descriptionAz:
            'BMT, Avropa Şurası, ATƏT, Avropa İttifaqı, GUAM, İslam Əməkdaşlıq və Beynəlxalq Miqrasiya təşkilatları, ixtisaslaşmış beynəlxalq qurumlar, ABŞ-ın Ədliyyə Departamenti, ABŞ-ın və İsrailin Azərbaycandakı səfirlikləri ilə əməkdaşlığın perspektivlərinə dair informasiya mübadiləsi.',
          descriptionEn:
            'Information exchange on prospects for cooperation with the UN, the Council of Europe, the OSCE, the European Union, GUAM, the Organisation of Islamic Cooperation, IOM, specialised international bodies, the US Department of Justice and the US and Israeli embassies in Azerbaijan.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Beynəlxalq tərəfdaşlarla müntəzəm informasiya mübadiləsi aparılır.',
          expectedResultEn:
            'Information is exchanged regularly with international partners.',
          tags: [],
          lead: 'MIA-CTHB',
          partners: ['MFA'],
          indicators: [],
        },
        {
          code: '6.2',
          titleAz:
            'Təyinat ölkələrinin aidiyyəti dövlət orqanlarının rəhbərləri ilə görüşlərin keçirilməsi və məlumat mübadiləsinin intensivləşdirilməsi',
          titleEn:
            'Meetings with heads of the competent authorities of destination countries and more intensive information exchange',
          descriptionAz:
            'Türkiyə, Birləşmiş Ərəb Əmirlikləri və İran İslam Respublikasının aidiyyəti dövlət orqanlarının rəhbərləri ilə görüşlərin keçirilməsi və məlumat mübadiləsinin intensivliyinin artırılması.',
          descriptionEn:
            'Meetings with heads of the competent authorities of Turkey, the United Arab Emirates and the Islamic Republic of Iran, and more intensive information exchange with them.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Təyinat ölkələri ilə operativ məlumat mübadiləsi təmin edilmişdir.',
          expectedResultEn:
            'Prompt information exchange with destination countries is in place.',
          tags: ['SDG 8.7'],
          lead: 'MIA',
          partners: ['MFA'],
          indicators: [],
        },
        {
          code: '6.3',
          titleAz:
            'Təyinat ölkələrində gizlənmiş təqsirləndirilən şəxslərin həbs edilməsi və ekstradisiyası',
          titleEn:
            'Arrest and extradition of accused persons hiding in destination countries',
          descriptionAz:
            'Təyinat ölkələrində gizlənmiş təqsirləndirilən şəxslərin həbs edilməsi və ekstradisiyası üzrə sorğuların hazırlanması, göndərilməsi və icrasına nəzarət.',
          descriptionEn:
            'Preparing and sending requests for the arrest and extradition of accused persons hiding in destination countries and following up on them.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Təqsirləndirilən şəxslər ölkəyə ekstradisiya edilərək məsuliyyətə cəlb edilmişdir.',
          expectedResultEn: 'Accused persons are extradited and held liable.',
          tags: ['SDG 16.2'],
          lead: 'MIA-CTHB',
          partners: ['GPO', 'MFA'],
          indicators: [],
        },
        {
          code: '6.4',
          titleAz:
            'Cinayət təqibi və koordinasiya məsələlərinə dair beynəlxalq tərəfdaşlarla birgə seminarın keçirilməsi',
          titleEn:
            'Joint seminar with international partners on prosecution and coordination',
          descriptionAz:
            'Daxili İşlər Nazirliyinin, Beynəlxalq Miqrasiya Təşkilatının, Amerika Birləşmiş Ştatlarının Bakıdakı Səfirliyinin və Beynəlxalq İnkişaf Agentliyinin iştirakı ilə insan alverinin cinayət təqibi və koordinasiya məsələlərinə həsr edilmiş seminarın keçirilməsi.',
          descriptionEn:
            'A seminar on the prosecution and coordination of trafficking cases with the Ministry of Internal Affairs, IOM, the US Embassy in Baku and USAID.',
          startDate: '2016-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Cinayət təqibi üzrə qurumlararası koordinasiya gücləndirilmişdir.',
          expectedResultEn:
            'Inter-agency coordination of prosecution is strengthened.',
          tags: ['SDG 16.2'],
          lead: 'MIA',
          partners: ['IOM'],
          indicators: [],
        },
        {
          code: '6.5',
          titleAz:
            '«İnsan alverinə qarşı beynəlxalq mübarizə günü»nə həsr olunmuş tədbirlərin keçirilməsi',
          titleEn: 'Events for the World Day against Trafficking in Persons',
          descriptionAz:
            'Hər il «İnsan alverinə qarşı beynəlxalq mübarizə günü» münasibətilə konfrans və digər tədbirlərin, o cümlədən Naxçıvan Muxtar Respublikasında konfransın keçirilməsi.',
          descriptionEn:
            'Conferences and other events every year for the World Day against Trafficking in Persons, including a conference in the Nakhchivan Autonomous Republic.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'İctimaiyyətin diqqəti insan alverinə qarşı mübarizəyə yönəldilmişdir.',
          expectedResultEn:
            'Public attention is drawn to combating trafficking.',
          tags: [],
          lead: 'MIA',
          partners: ['LEA'],
          indicators: [],
        },
        {
          code: '6.6',
          titleAz:
            'Xarici tərəfdaşların insan alverinə qarşı mübarizədə beynəlxalq öhdəliklərin icrası barədə məlumatlandırılması',
          titleEn:
            'Briefing foreign partners on how Azerbaijan fulfils its international anti-trafficking commitments',
          descriptionAz:
            'Xarici İşlər Nazirliyinin təşəbbüsü və ATƏT-in İnsan Ölçüsü Komitəsinin dəstəyi ilə xarici tərəfdaşlar üçün tədbirin təşkili.',
          descriptionEn:
            'An event for foreign partners on the initiative of the Ministry of Foreign Affairs with the support of the OSCE Human Dimension Committee.',
          startDate: '2015-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Xarici tərəfdaşlar ölkənin beynəlxalq öhdəliklərinin icrası barədə ətraflı məlumatlandırılmışdır.',
          expectedResultEn:
            "Foreign partners are fully informed about the country's fulfilment of its international commitments.",
          tags: [],
          lead: 'MFA',
          partners: ['MIA-CTHB'],
          indicators: [],
        },
        {
          code: '6.7',
          titleAz:
            'Avropa Şurası, ATƏT və digər beynəlxalq təşkilatlara insan alverinə qarşı mübarizəyə dair məlumatların təqdim edilməsi',
          titleEn:
            'Providing information on combating trafficking to the Council of Europe, the OSCE and other international organisations',
          descriptionAz:
            'Beynəlxalq təşkilatların sorğularına və monitorinqlərinə insan alverinə qarşı mübarizə sahəsində görülən işlərə dair məlumatların hazırlanması və təqdim edilməsi.',
          descriptionEn:
            'Preparing and submitting information on anti-trafficking work in response to requests and monitoring by international organisations.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Ölkənin bu sahədəki fəaliyyəti beynəlxalq sənədlərdə obyektiv əks olunur.',
          expectedResultEn:
            "The country's work in this field is accurately reflected in international documents.",
          tags: [],
          lead: 'MIA-CTHB',
          partners: ['MFA', 'OMB'],
          indicators: [],
        },
      ],
    },
    {
      code: '7',
      titleAz: 'Məcburi əməyə qarşı mübarizə və uşaqların müdafiəsi',
      titleEn: 'Combating forced labour and protecting children',
      measures: [
        {
          code: '7.1',
          titleAz:
            'Beynəlxalq Miqrasiya Təşkilatının müraciətləri əsasında əcnəbilərin məcburi əməyə cəlb edilməsi hallarının araşdırılması',
          titleEn:
            'Examining IOM referrals on suspected forced labour of foreigners',
          descriptionAz:
            'Məcburi əməyin səbəb və şəraitinin aradan qaldırılması istiqamətində Beynəlxalq Miqrasiya Təşkilatının Azərbaycandakı Nümayəndəliyinin müraciətləri üzrə araşdırmaların aparılması və qanunvericiliyin pozulmasına görə tədbirlərin görülməsi.',
          descriptionEn:
            'Examining referrals from the IOM Mission in Azerbaijan, as part of removing the causes and conditions of forced labour, and acting on breaches of the law.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Hər bir müraciət araşdırılmış, pozuntulara görə tədbirlər görülmüşdür.',
          expectedResultEn:
            'Every referral is examined and breaches are acted upon.',
          tags: ['SDG 8.7'],
          lead: 'MLSPP',
          partners: ['SMS', 'MIA-CTHB', 'IOM'],
          indicators: [
            {
              code: 'ADMINISTRATIVE_PENALTIES',
              nameAz: 'İnzibati tənbeh tədbirləri görülmüş şəxslər',
              nameEn: 'Persons given administrative penalties',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: null,
              dimensions: [],
            },
          ],
        },
        {
          code: '7.2',
          titleAz:
            'Ölkədə yaşama və olma qaydalarını pozan əcnəbilərin respublikanın hüdudlarından kənara çıxarılması',
          titleEn:
            'Removing from the country foreigners who breach the rules of stay and residence',
          descriptionAz:
            'Miqrantların məcburi əməyə cəlb olunmasının qarşısının alınması məqsədilə ölkədə yaşama və olma qaydalarını pozan əcnəbilərin respublikanın hüdudlarından kənara çıxarılması.',
          descriptionEn:
            'Removing from the country foreigners who breach the rules of stay and residence, to prevent migrants from being drawn into forced labour.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Qeyri-leqal miqrasiya və miqrantların istismarı riski azaldılmışdır.',
          expectedResultEn:
            'The risk of irregular migration and exploitation of migrants is reduced.',
          tags: ['SDG 8.7'],
          lead: 'SMS',
          partners: ['SBS', 'MIA'],
          indicators: [
            {
              code: 'FOREIGNERS_EXPELLED',
              nameAz: 'Ölkədən çıxarılmış əcnəbilər',
              nameEn: 'Foreigners removed from the country',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: null,
              dimensions: [],
            },
          ],
        },
        {
          code: '7.3',
          titleAz:
            'Küçə həyatına məruz qalan, dilənçilik edən və qeyri-qanuni əməyə cəlb olunan azyaşlıların müəyyən edilməsi üçün birgə reydlərin keçirilməsi',
          titleEn:
            'Joint raids to identify minors living on the street, begging or in illegal work',
          descriptionAz:
            'Polis orqanlarının aidiyyəti qurumların və qeyri-hökumət təşkilatlarının nümayəndələri ilə birgə reydlər keçirməsi və müəyyən edilmiş azyaşlıların insan alverinin və məcburi əməyin qurbanı olması ehtimalının araşdırılması.',
          descriptionEn:
            'Joint raids by the police with the agencies concerned and NGOs, and checking whether the minors found are victims of trafficking or forced labour.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Risk altında olan azyaşlılar müəyyən edilərək müdafiə tədbirlərinə cəlb edilmişdir.',
          expectedResultEn: 'Minors at risk are identified and protected.',
          tags: ['SDG 8.7', 'SDG 16.2'],
          lead: 'MIA',
          partners: ['LEA', 'SCFWCA', 'NGO-AUB'],
          indicators: [
            {
              code: 'MINORS_FOUND_IN_RAIDS',
              nameAz: 'Reydlər zamanı müəyyən edilmiş azyaşlılar',
              nameEn: 'Minors found during raids',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: null,
              dimensions: [],
            },
          ],
        },
        {
          code: '7.4',
          titleAz:
            'Övladlarını hüquqazidd əməllərə cəlb edən valideynlər barəsində inzibati tədbirlərin görülməsi',
          titleEn:
            'Administrative measures against parents who involve their children in unlawful acts',
          descriptionAz:
            'Övladlarını hüquqazidd əməllərə cəlb edən valideynlər barəsində inzibati tədbirlərin görülməsi və sosial problemlərin həlli üçün materialların yerli icra hakimiyyətləri yanında yetkinlik yaşına çatmayanların işləri üzrə komissiyalara göndərilməsi.',
          descriptionEn:
            "Administrative measures against parents who involve their children in unlawful acts, and sending case materials to the commissions on minors' affairs under the local executive authorities to solve the families' social problems.",
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Valideynlərin məsuliyyəti artırılmış, ailələrin sosial problemləri həll olunmuşdur.',
          expectedResultEn:
            "Parents are held accountable and families' social problems are addressed.",
          tags: ['SDG 16.2'],
          lead: 'MIA',
          partners: ['LEA'],
          indicators: [
            {
              code: 'PARENTS_ADMINISTRATIVE_MEASURES',
              nameAz: 'İnzibati tədbir görülmüş valideynlər',
              nameEn: 'Parents subjected to administrative measures',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: null,
              dimensions: [],
            },
            {
              code: 'MATERIALS_SENT_TO_COMMISSIONS',
              nameAz: 'Komissiyalara göndərilmiş materiallar',
              nameEn:
                "Case materials sent to the commissions on minors' affairs",
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: null,
              dimensions: [],
            },
          ],
        },
        {
          code: '7.5',
          titleAz:
            'Qəyyumluğa və himayəyə verilmiş uşaqların ailələrdə yaşayış şəraitinin yoxlanılması',
          titleEn:
            'Checking the living conditions of children placed under guardianship and custody',
          descriptionAz:
            'Xüsusi monitorinq qrupları tərəfindən qəyyumluğa və himayəyə verilmiş uşaqların ailələrdə yaşayış şəraitinin yoxlanılması və onların zəruri sosial və tibbi yardımla əhatə olunması.',
          descriptionEn:
            'Special monitoring groups check the living conditions of children placed under guardianship or custody and make sure they receive the necessary social and medical help.',
          startDate: '2014-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz:
            'Qəyyumluqda və himayədə olan uşaqlar zəruri sosial və tibbi yardımla əhatə olunmuşdur.',
          expectedResultEn:
            'Children under guardianship and custody receive the necessary social and medical help.',
          tags: ['SDG 16.2'],
          lead: 'LEA',
          partners: ['MIA', 'SCFWCA', 'MOH'],
          indicators: [
            {
              code: 'CHILDREN_GUARDIANSHIP_CHECKED',
              nameAz: 'Yaşayış şəraiti yoxlanılmış qəyyumluqdakı uşaqlar',
              nameEn:
                'Children under guardianship whose living conditions were checked',
              unit: IndicatorUnit.COUNT,
              combineRule: CombineRule.SUM,
              baseline: null,
              target: 200,
              dimensions: [],
            },
          ],
        },
        {
          code: '7.6',
          titleAz:
            'Operator və provayderlər tərəfindən uşaqların internet informasiya ehtiyatlarından təhlükəsiz istifadə imkanlarının təmin edilməsi',
          titleEn:
            "Ensuring, through operators and providers, children's safe use of internet information resources",
          descriptionAz:
            '«Telekommunikasiya haqqında» Qanuna edilmiş əlavəyə uyğun olaraq operator və provayderlər tərəfindən uşaqların internet informasiya ehtiyatlarından təhlükəsiz istifadə imkanlarının təmin edilməsinə nəzarət.',
          descriptionEn:
            "Supervising how operators and providers ensure children's safe use of internet information resources under the amended Law on Telecommunications.",
          startDate: '2016-01-01',
          dueDate: '2016-12-31',
          weight: 1,
          plannedBudget: null,
          fundingSource: null,
          expectedResultAz: 'Uşaqlar internetdə zərərli məzmundan qorunur.',
          expectedResultEn:
            'Children are protected from harmful content online.',
          tags: ['SDG 16.2'],
          lead: 'MTCHT',
          partners: ['MIA-CTHB'],
          indicators: [],
        },
      ],
    },
  ],
};

/** Annual reporting periods; reports are due on 20 January of the following year. */
export const DEMO_PERIODS: DemoPeriod[] = [
  {
    label: '2015',
    startDate: '2015-01-01',
    endDate: '2015-12-31',
    dueDate: '2016-01-20',
  },
  {
    label: '2016',
    startDate: '2016-01-01',
    endDate: '2016-12-31',
    dueDate: '2017-01-20',
  },
];

/**
 * Accepted progress reports: one per assignment (lead and partners) per period.
 * Indicator values are reported by the lead only, so totals are never double counted.
 */
export const DEMO_REPORTS: DemoReport[] = [
  {
    measureCode: '1.1',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.DELAYED,
    percentComplete: 80,
    narrativeAz:
      'Cinayət-Prosessual Məcəlləsinə 123-1-ci maddənin əlavə edilməsinə dair qanun layihəsi hazırlanaraq aidiyyəti üzrə təqdim olunmuş, lakin hesabat ilində qəbul edilməmişdir.',
    narrativeEn:
      'A draft law adding Article 123-1 to the Criminal Procedure Code was prepared and submitted, but it was not adopted within the reporting year.',
    challenges:
      'Qanun layihəsinin razılaşdırılması gözləniləndən uzun çəkmişdir.',
    nextSteps:
      'Qanun layihəsinin 2016-cı ildə qəbul edilməsinin təmin edilməsi.',
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '1.1',
    organizationCode: 'GPO',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qanun layihəsinə dair rəy və təkliflər hazırlanaraq təqdim edilmişdir.',
    narrativeEn:
      'Prepared and submitted an opinion and proposals on the draft law.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-15',
  },
  {
    measureCode: '1.1',
    organizationCode: 'MOJ',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 85,
    narrativeAz:
      'Qanun layihəsinin hüquqi ekspertizası aparılmış, rəy və təkliflər təqdim edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Carried out the legal review of the draft law and submitted an opinion and proposals. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-25',
  },
  {
    measureCode: '1.2',
    organizationCode: 'MTCHT',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 50,
    narrativeAz:
      'Qanun layihəsi hazırlanaraq maraqlı dövlət orqanları ilə razılaşdırılmışdır.',
    narrativeEn:
      'The draft amendment was prepared and agreed with the state bodies concerned.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-18',
  },
  {
    measureCode: '1.2',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 55,
    narrativeAz:
      'Qanun layihəsinə insan alverinə qarşı mübarizə baxımından təkliflər verilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Provided proposals on the draft from the anti-trafficking perspective. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-14',
  },
  {
    measureCode: '1.2',
    organizationCode: 'MOJ',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 45,
    narrativeAz:
      'Qanun layihəsinin hüquqi ekspertizası aparılmış, rəy və təkliflər təqdim edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Carried out the legal review of the draft law and submitted an opinion and proposals. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-08',
  },
  {
    measureCode: '1.3',
    organizationCode: 'MLSPP',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 60,
    narrativeAz:
      'Fondun səlahiyyətlərinin genişləndirilməsinə dair fərman layihəsi hazırlanaraq aidiyyəti üzrə təqdim olunmuşdur.',
    narrativeEn:
      "A draft decree extending the Fund's powers was prepared and submitted.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '1.3',
    organizationCode: 'SSPF',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Fondun yeni səlahiyyətlərinə uyğun olaraq əsasnaməsinə dəyişikliklərin layihəsi hazırlanmışdır. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      "Drafted the amendments to the Fund's statute for its new powers. Work continues in 2016.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-08',
  },
  {
    measureCode: '1.3',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 55,
    narrativeAz:
      'Qurbanların sosial reabilitasiyası təcrübəsinə dair məlumat və təkliflər təqdim edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      "Provided information and proposals based on its experience of victims' social rehabilitation. Work continues in 2016.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '1.4',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 40,
    narrativeAz:
      'Qanun layihəsinin konsepsiyası hazırlanmış, xarici ölkələrin təcrübəsi öyrənilmişdir.',
    narrativeEn:
      'The concept of the draft law was prepared and foreign practice was studied.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-13',
  },
  {
    measureCode: '1.4',
    organizationCode: 'SMS',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 45,
    narrativeAz:
      'Müvəqqəti yaşama icazələrinin verilməsi qaydalarına dair təkliflər hazırlanmışdır. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Prepared proposals on the procedure for issuing temporary residence permits. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-08',
  },
  {
    measureCode: '1.4',
    organizationCode: 'MOJ',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 35,
    narrativeAz:
      'Qanun layihəsinin hüquqi ekspertizası aparılmış, rəy və təkliflər təqdim edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Carried out the legal review of the draft law and submitted an opinion and proposals. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '1.5',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 30,
    narrativeAz:
      'Məsələ ilə bağlı xarici ölkələrin qanunvericiliyi və beynəlxalq təşkilatların tövsiyələri öyrənilmişdir.',
    narrativeEn:
      'Foreign legislation and the recommendations of international organisations on the issue were studied.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-09',
  },
  {
    measureCode: '1.5',
    organizationCode: 'GPO',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 35,
    narrativeAz:
      'Qanun layihəsinə dair rəy və təkliflər hazırlanaraq təqdim edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Prepared and submitted an opinion and proposals on the draft law. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-19',
  },
  {
    measureCode: '1.5',
    organizationCode: 'MOJ',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 25,
    narrativeAz:
      'Qanun layihəsinin hüquqi ekspertizası aparılmış, rəy və təkliflər təqdim edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Carried out the legal review of the draft law and submitted an opinion and proposals. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-09',
  },
  {
    measureCode: '1.6',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Dövlət orqanlarının və xarici tərəfdaşların təklifləri ümumiləşdirilmiş, qanunvericilik bazasının təkmilləşdirilməsinə dair vəsatətlər hazırlanmışdır.',
    narrativeEn:
      'Proposals of state bodies and foreign partners were compiled and motions to improve the legislative framework were prepared.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-12',
  },
  {
    measureCode: '1.6',
    organizationCode: 'MOJ',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Normativ hüquqi aktların layihələrinin hüquqi ekspertizası aparılmışdır. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Carried out the legal review of the draft regulatory acts. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-19',
  },
  {
    measureCode: '1.6',
    organizationCode: 'OMB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 60,
    narrativeAz:
      'Qanunvericiliyin insan hüquqları standartlarına uyğunluğuna dair təkliflər verilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Provided proposals on the compliance of legislation with human rights standards. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-12',
  },
  {
    measureCode: '2.1',
    organizationCode: 'MOE',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Birgə fəaliyyət planına uyğun olaraq 47 şəhər və rayonda yuxarı sinif şagirdləri üçün uşaqların insan alverindən müdafiəsi mövzusunda tədbirlər keçirilmişdir.',
    narrativeEn:
      'Under the joint action plan, events on protecting children from trafficking were held for senior pupils in 47 cities and districts.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'PUPILS_REACHED',
        value: 58000,
        breakdown: [],
      },
      {
        indicatorCode: 'DISTRICTS_COVERED',
        value: 47,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '2.1',
    organizationCode: 'MIA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Polis əməkdaşları tədbirlərdə çıxış etmiş, birgə fəaliyyət planının icrası əlaqələndirilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Police officers spoke at the events and the joint action plan was coordinated. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-16',
  },
  {
    measureCode: '2.1',
    organizationCode: 'LEA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 60,
    narrativeAz:
      'Yetkinlik yaşına çatmayanların işləri üzrə komissiyaların təmsilçiləri tədbirlərə cəlb edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      "Representatives of the commissions on minors' affairs took part in the events. Work continues in 2016.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '2.2',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 60,
    narrativeAz:
      'Məcburi köçkünlərin məskunlaşdığı bir sıra inzibati ərazilərdə və internat məktəblərində maarifləndirici tədbirlər keçirilmişdir.',
    narrativeEn:
      'Awareness events were held in a number of areas where internally displaced persons live and in boarding schools.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-12',
  },
  {
    measureCode: '2.2',
    organizationCode: 'MOE',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'İnternat məktəblərində və peşə-ixtisas təhsili müəssisələrində tədbirlərin təşkilinə dəstək verilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Supported the events in boarding schools and vocational education institutions. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-08',
  },
  {
    measureCode: '2.2',
    organizationCode: 'MLSPP',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 55,
    narrativeAz:
      'Sosial müdafiə və məşğulluq qurumlarının əməkdaşları tədbirlərdə iştirak etmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Staff of social protection and employment agencies took part in the events. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-13',
  },
  {
    measureCode: '2.2',
    organizationCode: 'LEA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Məcburi köçkünlərin məskunlaşdığı ərazilərdə tədbirlərin keçirilməsi təşkil edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Organised the events in areas where internally displaced persons live. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-09',
  },
  {
    measureCode: '2.3',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Bir sıra ali təhsil müəssisələrində tələbələrlə görüşlər keçirilmişdir.',
    narrativeEn:
      'Meetings with students were held at several higher education institutions.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-15',
  },
  {
    measureCode: '2.3',
    organizationCode: 'MOE',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Ali təhsil müəssisələrində görüşlərin təşkilinə dəstək verilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Supported the organisation of meetings at higher education institutions. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-18',
  },
  {
    measureCode: '2.4',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 50,
    narrativeAz:
      'Sosial çarxların hazırlanması başa çatdırılmış, onların bir qismi televiziya kanallarında yayımlanmışdır.',
    narrativeEn:
      'Production of the public service announcements was completed and some of them were broadcast on TV.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '2.5',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Görülən tədbirlərə dair məlumatlar xüsusi polis qurumunun internet səhifəsində mütəmadi yerləşdirilmişdir.',
    narrativeEn:
      "Information on the measures taken was regularly published on the special police unit's website.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-14',
  },
  {
    measureCode: '2.6',
    organizationCode: 'MIA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Səmərəli işi ilə fərqlənən 11 qeyri-hökumət təşkilatı Daxili İşlər Nazirliyi tərəfindən mükafatlandırılmışdır.',
    narrativeEn:
      '11 NGOs distinguished by effective work were awarded by the Ministry of Internal Affairs.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'NGOS_AWARDED',
        value: 11,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-18',
  },
  {
    measureCode: '2.7',
    organizationCode: 'NGOC',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      '2014-2015-ci illərdə insan alverinə qarşı mübarizə mövzusunda 14 layihə maliyyələşdirilmişdir.',
    narrativeEn:
      'In 2014–2015, 14 projects on combating trafficking were funded.',
    challenges: null,
    nextSteps: null,
    expenditure: {
      amount: 60000,
      currency: 'AZN',
      source: 'Şuranın qrant vəsaiti',
    },
    indicatorValues: [
      {
        indicatorCode: 'NGO_PROJECTS_FUNDED_CUMULATIVE',
        value: 14,
        breakdown: [],
      },
      {
        indicatorCode: 'NGO_FUNDING_CUMULATIVE',
        value: 124000,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-15',
  },
  {
    measureCode: '2.8',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'İnsan alverinin yeni forma və metodları təhlil edilmiş, risk qrupları müəyyənləşdirilərək maarifləndirici tədbirlərin mövzuları yenilənmişdir.',
    narrativeEn:
      'New forms and methods of trafficking were analysed, groups at risk identified and the topics of awareness events updated.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-09',
  },
  {
    measureCode: '2.8',
    organizationCode: 'SCFWCA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qadınlar və uşaqlar arasında risk qruplarına dair məlumatlar təqdim edilmişdir.',
    narrativeEn:
      'Provided information on groups at risk among women and children.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '3.1',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      '2015-ci ildə insan alverinin və məcburi əməyin 63 qurbanı müəyyən edilmişdir.',
    narrativeEn:
      'In 2015, 63 victims of trafficking and forced labour were identified.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'VICTIMS_IDENTIFIED',
        value: 63,
        breakdown: [
          {
            options: ['sex:female'],
            value: 60,
          },
          {
            options: ['sex:male'],
            value: 3,
          },
          {
            options: ['citizenship:national'],
            value: 61,
          },
          {
            options: ['citizenship:foreign'],
            value: 2,
          },
        ],
      },
    ],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '3.1',
    organizationCode: 'SBS',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Sərhəd-buraxılış məntəqələrində müəyyən edilmiş potensial qurbanlar barədə məlumatlar xüsusi polis qurumuna ötürülmüşdür. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Passed information on potential victims found at border crossing points to the special police unit. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-14',
  },
  {
    measureCode: '3.1',
    organizationCode: 'SMS',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Miqrantlar arasında potensial qurbanlar barədə məlumatlar xüsusi polis qurumuna ötürülmüşdür. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Passed information on potential victims among migrants to the special police unit. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-19',
  },
  {
    measureCode: '3.2',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      '2015-ci ildə 55 qurban və 6 potensial qurban sığınacağa yerləşdirilərək birdəfəlik müavinətlə təmin edilmişdir.',
    narrativeEn:
      'In 2015, 55 victims and 6 potential victims were placed in the shelter and paid the one-time allowance.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'SHELTER_PLACEMENTS',
        value: 61,
        breakdown: [
          {
            options: ['victim_status:victim'],
            value: 55,
          },
          {
            options: ['victim_status:potential_victim'],
            value: 6,
          },
        ],
      },
      {
        indicatorCode: 'ALLOWANCES_PAID',
        value: 61,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-14',
  },
  {
    measureCode: '3.3',
    organizationCode: 'MLSPP',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      '2015-ci ildə 21 qurban işlə təmin edilmiş, 30 nəfər peşə kurslarına göndərilmişdir.',
    narrativeEn:
      'In 2015, 21 victims found jobs and 30 were sent to vocational courses.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'VICTIMS_EMPLOYED',
        value: 21,
        breakdown: [],
      },
      {
        indicatorCode: 'VICTIMS_VOCATIONAL_COURSES',
        value: 30,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-16',
  },
  {
    measureCode: '3.3',
    organizationCode: 'SSPF',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Qurbanların sosial reabilitasiyası üzrə tədbirlərdə iştirak edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      "Took part in measures for victims' social rehabilitation. Work continues in 2016.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-08',
  },
  {
    measureCode: '3.3',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Sığınacaqdakı qurbanlar məşğulluq xidmətinə istiqamətləndirilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Referred victims staying in the shelter to the employment service. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '3.4',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz: '2015-ci ildə 47 qurban ailəsinə qaytarılmışdır.',
    narrativeEn: 'In 2015, 47 victims were returned to their families.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'VICTIMS_RETURNED_TO_FAMILY',
        value: 47,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-09',
  },
  {
    measureCode: '3.4',
    organizationCode: 'LEA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Ailəyə qaytarılmış qurbanların yaşayış yeri üzrə sosial problemlərinin həllinə köməklik göstərilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Helped solve the social problems of returned victims where they live. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '3.4',
    organizationCode: 'SCFWCA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Qurbanların ailələri ilə psixoloji iş aparılmışdır. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      "Carried out psychological work with the victims' families. Work continues in 2016.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-17',
  },
  {
    measureCode: '3.5',
    organizationCode: 'MOH',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Sığınacağa yerləşdirilmiş qurbanlar dövlət hesabına tibbi müayinədən keçirilmiş və psixoloji yardımla təmin edilmişdir.',
    narrativeEn:
      'Victims placed in the shelter received medical examinations and psychological assistance at state expense.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '3.5',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 80,
    narrativeAz:
      'Qurbanların tibbi müayinəyə göndərilməsi təşkil edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Arranged for victims to be referred for medical examination. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-12',
  },
  {
    measureCode: '3.6',
    organizationCode: 'MOJ',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Cinayət işləri üzrə qurbanların hüquqi yardım almaq imkanı təmin edilmişdir.',
    narrativeEn:
      'Victims in criminal cases were given access to legal assistance.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-12',
  },
  {
    measureCode: '3.6',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Qurbanların hüquqi yardım üçün müraciətləri vaxtında yönləndirilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      "Victims' requests for legal aid were forwarded promptly. Work continues in 2016.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-15',
  },
  {
    measureCode: '3.6',
    organizationCode: 'OMB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Qurbanların hüquqlarına riayət olunmasına nəzarət edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      "Monitored respect for victims' rights. Work continues in 2016.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-17',
  },
  {
    measureCode: '3.7',
    organizationCode: 'MOE',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Qurbanların himayəsində olan 26 azyaşlı təhsil proqramlarına cəlb olunmuşdur.',
    narrativeEn:
      '26 minors in the care of victims were enrolled in education programmes.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'MINORS_IN_EDUCATION',
        value: 26,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '3.7',
    organizationCode: 'NGO-HAF',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Azyaşlıların təhsil proqramlarına cəlb edilməsinə maliyyə dəstəyi verilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      "Funded the minors' enrolment in education programmes. Work continues in 2016.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-14',
  },
  {
    measureCode: '3.7',
    organizationCode: 'SCFWCA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Azyaşlıların ailələri ilə sosial-psixoloji iş aparılmışdır. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      "Carried out social and psychological work with the minors' families. Work continues in 2016.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '3.8',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      '4 uşağın sosial problemləri həll edilmiş, 6 uşaq «Azərbaycan Uşaqlar Birliyi»nin nəzdindəki sığınacağa yerləşdirilmişdir.',
    narrativeEn:
      "The social problems of 4 children were solved and 6 children were placed in the Azerbaijan Children's Union shelter.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'CHILDREN_SOCIAL_PROBLEMS_SOLVED',
        value: 4,
        breakdown: [],
      },
      {
        indicatorCode: 'CHILDREN_PLACED_AUB_SHELTER',
        value: 6,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-14',
  },
  {
    measureCode: '3.8',
    organizationCode: 'SCFWCA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Uşaqların sosial problemlərinin həllində iştirak edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      "Took part in solving the children's social problems. Work continues in 2016.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-15',
  },
  {
    measureCode: '3.8',
    organizationCode: 'NGO-AUB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Uşaqlar Birliyin nəzdindəki sığınacaqda qəbul edilmiş və onlara qayğı göstərilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      "Received the children in the Union's shelter and cared for them. Work continues in 2016.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-18',
  },
  {
    measureCode: '3.9',
    organizationCode: 'MIA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Qurbanların sosial reabilitasiyasına, sığınacaqda saxlanılmasına və birdəfəlik müavinətlərə Daxili İşlər Nazirliyinin büdcəsindən 138 min manat xərclənmişdir.',
    narrativeEn:
      "138,000 manat from the Ministry of Internal Affairs budget was spent on victims' social rehabilitation, shelter accommodation and one-time allowances.",
    challenges: null,
    nextSteps: null,
    expenditure: {
      amount: 138000,
      currency: 'AZN',
      source: 'Daxili İşlər Nazirliyinin büdcəsi',
    },
    indicatorValues: [
      {
        indicatorCode: 'REHABILITATION_SPENDING',
        value: 138000,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-13',
  },
  {
    measureCode: '3.10',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      '«Qaynar xətt» telefon xidmətinə daxil olmuş 13.600 müraciət araşdırılmışdır.',
    narrativeEn: '13,600 calls to the hotline were examined.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'HOTLINE_CALLS',
        value: 13600,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '3.11',
    organizationCode: 'SSPF',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 20,
    narrativeAz:
      'Yardım mərkəzlərinin yaradılmasına dair təkliflər hazırlanmışdır.',
    narrativeEn: 'Proposals for setting up assistance centres were prepared.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-17',
  },
  {
    measureCode: '3.11',
    organizationCode: 'MLSPP',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 25,
    narrativeAz:
      'Fondun yardım mərkəzlərinin yaradılması üzrə işinə metodiki dəstək verilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      "Gave methodological support to the Fund's work on setting up assistance centres. Work continues in 2016.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '3.12',
    organizationCode: 'MIA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 25,
    narrativeAz: 'Sığınacaq üçün uyğun binanın seçilməsi üzrə iş aparılmışdır.',
    narrativeEn: 'Work was done to select suitable premises for the shelter.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-15',
  },
  {
    measureCode: '3.12',
    organizationCode: 'LEA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 30,
    narrativeAz:
      'Sığınacaq üçün yerli icra hakimiyyəti tərəfindən bina axtarışı aparılmışdır. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Searched for premises for the shelter. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '4.1',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      '2015-ci ildə 113 insan alveri və məcburi əmək cinayəti aşkarlanmışdır.',
    narrativeEn:
      'In 2015, 113 trafficking and forced-labour crimes were detected.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'CRIMES_DETECTED',
        value: 113,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-09',
  },
  {
    measureCode: '4.1',
    organizationCode: 'GPO',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Cinayət işlərinin istintaqı üzərində prosessual rəhbərlik həyata keçirilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Exercised procedural supervision over the investigation of the criminal cases. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-14',
  },
  {
    measureCode: '4.1',
    organizationCode: 'SBS',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Sərhəddə insan alveri şübhəsi olan hallar barədə məlumatlar xüsusi polis qurumuna ötürülmüşdür. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Passed information on suspected trafficking cases at the border to the special police unit. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-08',
  },
  {
    measureCode: '4.1',
    organizationCode: 'SMS',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 80,
    narrativeAz:
      'Miqrasiya qaydalarının pozulması ilə bağlı əldə olunan məlumatlar xüsusi polis qurumuna ötürülmüşdür. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Passed information obtained on breaches of migration rules to the special police unit. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-13',
  },
  {
    measureCode: '4.2',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'İnsan alveri məqsədilə sənədlərlə qanunsuz hərəkətlərə dair 16 fakt aşkarlanmışdır.',
    narrativeEn:
      '16 illegal actions with documents for the purpose of trafficking were detected.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'DOCUMENT_OFFENCES',
        value: 16,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-12',
  },
  {
    measureCode: '4.2',
    organizationCode: 'SMS',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Qanunsuz istifadə olunan sənədlər barədə məlumatlar xüsusi polis qurumuna ötürülmüşdür. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Passed information on unlawfully used documents to the special police unit. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '4.2',
    organizationCode: 'SBS',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Sərhəd-buraxılış məntəqələrində sənədlərin yoxlanılması gücləndirilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Stepped up document checks at border crossing points. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-18',
  },
  {
    measureCode: '4.3',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'İnsan alveri və məcburi əmək cinayətlərinə görə 33 şəxs cinayət məsuliyyətinə cəlb edilmişdir.',
    narrativeEn:
      '33 persons were brought to criminal liability for trafficking and forced-labour crimes.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'PERSONS_PROSECUTED',
        value: 33,
        breakdown: [
          {
            options: ['sex:female'],
            value: 26,
          },
          {
            options: ['sex:male'],
            value: 7,
          },
        ],
      },
    ],
    submittedOnDay: '2016-01-15',
  },
  {
    measureCode: '4.3',
    organizationCode: 'GPO',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'İttiham aktları təsdiq edilərək cinayət işləri məhkəməyə göndərilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Approved the indictments and sent the cases to court. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '4.4',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz: '13 cinayətkar qrup zərərsizləşdirilmişdir.',
    narrativeEn: '13 criminal groups were neutralised.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'CRIMINAL_GROUPS_NEUTRALISED',
        value: 13,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '4.5',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz: 'Axtarışa elan olunmuş 8 şəxs tutulmuşdur.',
    narrativeEn: '8 wanted persons were caught.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'WANTED_PERSONS_CAUGHT',
        value: 8,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-14',
  },
  {
    measureCode: '4.5',
    organizationCode: 'SBS',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Axtarışda olan şəxslərin sərhəddən keçməsinə nəzarət edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Watched for wanted persons crossing the border. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-19',
  },
  {
    measureCode: '4.6',
    organizationCode: 'MIA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Profilaktik tədbirlər çərçivəsində ictimai mənəviyyat əleyhinə olan cinayətlər aşkarlanaraq təqsirkar şəxslər məsuliyyətə cəlb edilmişdir.',
    narrativeEn:
      'As part of prevention, crimes against public morality were detected and those responsible were held liable.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-18',
  },
  {
    measureCode: '5.1',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Baş İdarənin əməkdaşları 34 seminar, konfrans, təlim və treninqə cəlb olunmuşdur.',
    narrativeEn:
      "The Main Department's staff took part in 34 seminars, conferences and trainings.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'SEMINARS_ATTENDED',
        value: 34,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-14',
  },
  {
    measureCode: '5.1',
    organizationCode: 'IOM',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Təlim və treninqlərin təşkilinə ekspert və metodiki dəstək verilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Provided expert and methodological support for the trainings. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-16',
  },
  {
    measureCode: '5.2',
    organizationCode: 'SCC',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 60,
    narrativeAz:
      'Gömrük əməkdaşları üçün ixtisasartırma kurslarının proqramı hazırlanmış və ilk kurslar keçirilmişdir.',
    narrativeEn:
      'The refresher course programme for customs officers was prepared and the first courses were held.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-18',
  },
  {
    measureCode: '5.2',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Kurslarda xüsusi polis qurumunun əməkdaşları təlimçi qismində iştirak etmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Special police unit staff served as trainers in the courses. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '5.3',
    organizationCode: 'SMS',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Miqrasiya orqanlarının əməkdaşları üçün ixtisasartırma kursları keçirilmişdir.',
    narrativeEn: 'Refresher courses were held for migration officers.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-15',
  },
  {
    measureCode: '5.3',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Kurslarda xüsusi polis qurumunun əməkdaşları təlimçi qismində iştirak etmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Special police unit staff served as trainers in the courses. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-13',
  },
  {
    measureCode: '5.4',
    organizationCode: 'SBS',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 60,
    narrativeAz:
      'Sərhəd dəstələrinin bir qisminin əməkdaşları üçün ixtisasartırma kursları keçirilmişdir.',
    narrativeEn:
      'Refresher courses were held for staff of some of the border units.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-08',
  },
  {
    measureCode: '5.4',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Kurslarda xüsusi polis qurumunun əməkdaşları təlimçi qismində iştirak etmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Special police unit staff served as trainers in the courses. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-09',
  },
  {
    measureCode: '5.5',
    organizationCode: 'PA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Mövzular Polis Akademiyasının tədris proqramına daxil edilərək tədris olunmuşdur.',
    narrativeEn:
      'The topics were included in the Police Academy curriculum and taught.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-13',
  },
  {
    measureCode: '5.5',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Tədris materialları üçün praktik iş təcrübəsinə dair materiallar təqdim edilmişdir.',
    narrativeEn: 'Provided practical case material for the teaching materials.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-12',
  },
  {
    measureCode: '5.6',
    organizationCode: 'MOE',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.DELAYED,
    percentComplete: 70,
    narrativeAz:
      'Mövzular Bakı və Gəncə dövlət universitetlərinin tədris proqramlarına daxil edilmiş, digər universitetlərdə bu iş başa çatdırılmamışdır.',
    narrativeEn:
      'The topics were included in the curricula of Baku and Ganja State Universities; the work was not finished at the other universities.',
    challenges:
      'Tədris planları tədris ilinin əvvəlində təsdiq edildiyindən mövzuların bir qismi 2016-cı ilə keçirilmişdir.',
    nextSteps:
      'Mövzuların bütün göstərilən universitetlərdə tədrisinə başlanılması.',
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-29',
  },
  {
    measureCode: '5.7',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 60,
    narrativeAz:
      'Əməkdaşlar bir sıra təcrübə mübadiləsi proqramlarında iştirak etmişdir.',
    narrativeEn: 'Staff took part in several experience-exchange programmes.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '5.7',
    organizationCode: 'IOM',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Təcrübə mübadiləsi layihələr formatında təşkil edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Organised the experience exchanges as part of its projects. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '6.1',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Beynəlxalq təşkilatlar və xarici tərəfdaşlarla insan alverinə qarşı mübarizə məsələləri üzrə informasiya mübadiləsi aparılmışdır.',
    narrativeEn:
      'Information on combating trafficking was exchanged with international organisations and foreign partners.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-09',
  },
  {
    measureCode: '6.1',
    organizationCode: 'MFA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Beynəlxalq təşkilatlarla əlaqələrin diplomatik kanallarla təşkilinə dəstək verilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Supported contacts with international organisations through diplomatic channels. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-16',
  },
  {
    measureCode: '6.2',
    organizationCode: 'MIA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 60,
    narrativeAz:
      'Türkiyə və Birləşmiş Ərəb Əmirliklərinin aidiyyəti orqanları ilə məlumat mübadiləsi aparılmışdır.',
    narrativeEn:
      'Information was exchanged with the competent authorities of Turkey and the United Arab Emirates.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-19',
  },
  {
    measureCode: '6.2',
    organizationCode: 'MFA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Görüşlərin diplomatik kanallarla təşkili təmin edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Arranged the meetings through diplomatic channels. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-14',
  },
  {
    measureCode: '6.3',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 50,
    narrativeAz:
      'Xarici ölkələrdə gizlənmiş təqsirləndirilən şəxslərin həbsi və ekstradisiyası üçün sorğular göndərilmişdir.',
    narrativeEn:
      'Requests were sent for the arrest and extradition of accused persons hiding abroad.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '6.3',
    organizationCode: 'GPO',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 55,
    narrativeAz:
      'Ekstradisiya sorğuları hazırlanaraq xarici dövlətlərin səlahiyyətli orqanlarına göndərilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Prepared extradition requests and sent them to the competent foreign authorities. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '6.3',
    organizationCode: 'MFA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 45,
    narrativeAz:
      'Sorğuların diplomatik kanallarla ötürülməsi təmin edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Transmitted the requests through diplomatic channels. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-19',
  },
  {
    measureCode: '6.4',
    organizationCode: 'MIA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.NOT_STARTED,
    percentComplete: 0,
    narrativeAz: 'Tədbir 2016-cı il üçün nəzərdə tutulmuşdur.',
    narrativeEn: 'Scheduled for 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-15',
  },
  {
    measureCode: '6.4',
    organizationCode: 'IOM',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.NOT_STARTED,
    percentComplete: 0,
    narrativeAz:
      'Tədbirin icrasına 2016-cı ildə başlanılması nəzərdə tutulmuşdur.',
    narrativeEn: 'Work is scheduled to start in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '6.5',
    organizationCode: 'MIA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      '«İnsan alverinə qarşı beynəlxalq mübarizə günü» münasibətilə tədbirlər keçirilmişdir.',
    narrativeEn:
      'Events were held for the World Day against Trafficking in Persons.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-13',
  },
  {
    measureCode: '6.5',
    organizationCode: 'LEA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Konfransın təşkilinə yerli səviyyədə dəstək verilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn: 'Supported the conference locally. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-15',
  },
  {
    measureCode: '6.6',
    organizationCode: 'MFA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 30,
    narrativeAz:
      'Tədbirin ATƏT-in İnsan Ölçüsü Komitəsinin dəstəyi ilə keçirilməsi razılaşdırılmışdır.',
    narrativeEn:
      'It was agreed to hold the event with the support of the OSCE Human Dimension Committee.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-22',
  },
  {
    measureCode: '6.6',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 35,
    narrativeAz:
      'Beynəlxalq öhdəliklərin icrasına dair arayış hazırlanmışdır. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Prepared a briefing note on the fulfilment of international commitments. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-13',
  },
  {
    measureCode: '6.7',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 60,
    narrativeAz:
      'Beynəlxalq təşkilatların sorğularına cavab olaraq məlumatlar hazırlanaraq təqdim edilmişdir.',
    narrativeEn:
      'Information was prepared and submitted in response to requests from international organisations.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-09',
  },
  {
    measureCode: '6.7',
    organizationCode: 'MFA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Məlumatlar diplomatik kanallarla beynəlxalq təşkilatlara ötürülmüşdür. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Transmitted the information to the international organisations through diplomatic channels. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '6.7',
    organizationCode: 'OMB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 55,
    narrativeAz:
      'İnsan hüquqlarına dair məruzələrə insan alverinə qarşı mübarizə üzrə bölmə daxil edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Included a section on combating trafficking in its human rights reports. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-09',
  },
  {
    measureCode: '7.1',
    organizationCode: 'MLSPP',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Beynəlxalq Miqrasiya Təşkilatının müraciətləri əsasında araşdırmalar aparılmış, qanunvericiliyin tələblərini pozmuş 74 nəfər barəsində inzibati tənbeh tədbirləri görülmüşdür.',
    narrativeEn:
      'IOM referrals were examined and administrative penalties were imposed on 74 persons who had breached the law.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'ADMINISTRATIVE_PENALTIES',
        value: 74,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '7.1',
    organizationCode: 'SMS',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Əcnəbi işçilərin sənədləri yoxlanılmış, qayda pozuntularına görə inzibati tədbirlər görülmüşdür. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      "Checked foreign workers' documents and took administrative action for breaches. Work continues in 2016.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-12',
  },
  {
    measureCode: '7.1',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Müraciətlər üzrə araşdırmalarda iştirak edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Took part in examining the referrals. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-14',
  },
  {
    measureCode: '7.1',
    organizationCode: 'IOM',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 80,
    narrativeAz:
      'Məcburi əmək şübhəsi olan hallar barədə müraciətlər təqdim edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Referred suspected forced-labour cases. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-16',
  },
  {
    measureCode: '7.2',
    organizationCode: 'SMS',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Ölkədə yaşama və olma qaydalarını pozan 4.870 əcnəbi respublikanın hüdudlarından kənara çıxarılmışdır.',
    narrativeEn:
      '4,870 foreigners who breached the rules of stay and residence were removed from the country.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'FOREIGNERS_EXPELLED',
        value: 4870,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '7.2',
    organizationCode: 'SBS',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Çıxarılan əcnəbilərin sərhəddən keçirilməsi təmin edilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Handled the border crossing of the removed foreigners. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-12',
  },
  {
    measureCode: '7.2',
    organizationCode: 'MIA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Qayda pozuntusuna yol vermiş əcnəbilər aşkarlanaraq miqrasiya orqanına təhvil verilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Found foreigners in breach of the rules and handed them over to the migration authority. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-13',
  },
  {
    measureCode: '7.3',
    organizationCode: 'MIA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Birgə reydlər zamanı küçə həyatına məruz qalan, dilənçilik edən, qeyri-qanuni əməyə cəlb olunan 540 azyaşlı müəyyən edilmişdir.',
    narrativeEn:
      'Joint raids found 540 minors living on the street, begging or in illegal work.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'MINORS_FOUND_IN_RAIDS',
        value: 540,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '7.3',
    organizationCode: 'LEA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Reydlərdə yetkinlik yaşına çatmayanların işləri üzrə komissiyaların nümayəndələri iştirak etmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      "Members of the commissions on minors' affairs took part in the raids. Work continues in 2016.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-18',
  },
  {
    measureCode: '7.3',
    organizationCode: 'SCFWCA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Müəyyən edilmiş azyaşlıların ailələri ilə sosial iş aparılmışdır. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Carried out social work with the families of the minors found. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '7.3',
    organizationCode: 'NGO-AUB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 80,
    narrativeAz:
      'Reydlərdə iştirak edilmiş, azyaşlılara psixoloji dəstək göstərilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Took part in the raids and gave the minors psychological support. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '7.4',
    organizationCode: 'MIA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Övladlarını hüquqazidd əməllərə cəlb edən 215 valideyn barəsində inzibati tədbirlər görülmüş, komissiyalara 270 material göndərilmişdir.',
    narrativeEn:
      'Administrative measures were taken against 215 parents who involved their children in unlawful acts, and 270 case materials were sent to the commissions.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'PARENTS_ADMINISTRATIVE_MEASURES',
        value: 215,
        breakdown: [],
      },
      {
        indicatorCode: 'MATERIALS_SENT_TO_COMMISSIONS',
        value: 270,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-09',
  },
  {
    measureCode: '7.4',
    organizationCode: 'LEA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Komissiyalarda daxil olmuş materiallara baxılmış, ailələrin sosial problemlərinin həlli üçün tədbirlər görülmüşdür. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      "The commissions examined the materials received and acted to solve the families' social problems. Work continues in 2016.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '7.5',
    organizationCode: 'LEA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 60,
    narrativeAz:
      'Xüsusi monitorinq qrupları qəyyumluğa və himayəyə verilmiş 170 uşağın yaşayış şəraitini yoxlamışdır.',
    narrativeEn:
      'Special monitoring groups checked the living conditions of 170 children under guardianship or custody.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'CHILDREN_GUARDIANSHIP_CHECKED',
        value: 170,
        breakdown: [],
      },
    ],
    submittedOnDay: '2016-01-26',
  },
  {
    measureCode: '7.5',
    organizationCode: 'MIA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Monitorinq qruplarının tərkibində polis əməkdaşları iştirak etmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Police officers took part in the monitoring groups. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-19',
  },
  {
    measureCode: '7.5',
    organizationCode: 'SCFWCA',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 55,
    narrativeAz:
      'Monitorinqin nəticələri ümumiləşdirilərək təkliflər hazırlanmışdır. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Compiled the monitoring results and prepared proposals. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-10',
  },
  {
    measureCode: '7.5',
    organizationCode: 'MOH',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Ehtiyacı olan uşaqlara tibbi yardım göstərilmişdir. İş 2016-cı ildə davam etdirilir.',
    narrativeEn:
      'Provided medical care to children in need. Work continues in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-15',
  },
  {
    measureCode: '7.6',
    organizationCode: 'MTCHT',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.NOT_STARTED,
    percentComplete: 0,
    narrativeAz:
      'Tədbirin icrasına «Telekommunikasiya haqqında» Qanuna müvafiq əlavə edildikdən sonra başlanılması nəzərdə tutulmuşdur.',
    narrativeEn:
      'Work is to start once the Law on Telecommunications has been amended.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-12',
  },
  {
    measureCode: '7.6',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2015',
    implementationStatus: ImplementationStatus.NOT_STARTED,
    percentComplete: 0,
    narrativeAz:
      'Tədbirin icrasına 2016-cı ildə başlanılması nəzərdə tutulmuşdur.',
    narrativeEn: 'Work is scheduled to start in 2016.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2016-01-11',
  },
  {
    measureCode: '1.1',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qurbanlara düşünülmüş qərar qəbul etmək üçün 30 gün bərpa və fikirləşmə müddətinin verilməsi barədə Cinayət-Prosessual Məcəlləsinə yeni 123-1-ci maddə əlavə olunmuşdur.',
    narrativeEn:
      'A new Article 123-1 was added to the Criminal Procedure Code giving victims a 30-day recovery and reflection period to take an informed decision.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '1.1',
    organizationCode: 'GPO',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qanun layihəsinə dair rəy və təkliflər hazırlanaraq təqdim edilmişdir.',
    narrativeEn:
      'Prepared and submitted an opinion and proposals on the draft law.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-16',
  },
  {
    measureCode: '1.1',
    organizationCode: 'MOJ',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qanun layihəsinin hüquqi ekspertizası aparılmış, rəy və təkliflər təqdim edilmişdir.',
    narrativeEn:
      'Carried out the legal review of the draft law and submitted an opinion and proposals.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '1.2',
    organizationCode: 'MTCHT',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      '«Telekommunikasiya haqqında» Qanuna operator və provayderlərin uşaqların internet informasiya ehtiyatlarından təhlükəsiz istifadə imkanlarını təmin etmək vəzifəsinə dair müddəa əlavə olunmuşdur.',
    narrativeEn:
      "A provision was added to the Law on Telecommunications obliging operators and providers to ensure children's safe use of internet information resources.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-23',
  },
  {
    measureCode: '1.2',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qanun layihəsinə insan alverinə qarşı mübarizə baxımından təkliflər verilmişdir.',
    narrativeEn:
      'Provided proposals on the draft from the anti-trafficking perspective.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-15',
  },
  {
    measureCode: '1.2',
    organizationCode: 'MOJ',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qanun layihəsinin hüquqi ekspertizası aparılmış, rəy və təkliflər təqdim edilmişdir.',
    narrativeEn:
      'Carried out the legal review of the draft law and submitted an opinion and proposals.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-09',
  },
  {
    measureCode: '1.3',
    organizationCode: 'MLSPP',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Azərbaycan Respublikası Prezidentinin müvafiq fərmanı ilə Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi yanında Dövlət Sosial Müdafiə Fondunun qurbanların sosial reabilitasiyası üzrə tədbirlər görmək, yardım mərkəzləri yaratmaq və onların fəaliyyətinə nəzarəti həyata keçirmək səlahiyyəti müəyyən edilmişdir.',
    narrativeEn:
      "By a presidential decree the State Social Protection Fund under the Ministry of Labour and Social Protection of Population was given the power to take measures for victims' social rehabilitation, to set up assistance centres and to supervise their work.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '1.3',
    organizationCode: 'SSPF',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Fondun yeni səlahiyyətlərinə uyğun olaraq əsasnaməsinə dəyişikliklərin layihəsi hazırlanmışdır.',
    narrativeEn:
      "Drafted the amendments to the Fund's statute for its new powers.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-09',
  },
  {
    measureCode: '1.3',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qurbanların sosial reabilitasiyası təcrübəsinə dair məlumat və təkliflər təqdim edilmişdir.',
    narrativeEn:
      "Provided information and proposals based on its experience of victims' social rehabilitation.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '1.4',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 85,
    narrativeAz:
      'Cinayət təqibi orqanlarına yardım göstərən əcnəbilərə və vətəndaşlığı olmayan şəxslərə ölkədə müvəqqəti yaşamaq üçün icazələrin verilməsini nəzərdə tutan qanun layihəsi hazırlanaraq aidiyyəti üzrə təqdim olunmuşdur.',
    narrativeEn:
      'A draft law providing temporary residence permits for foreigners and stateless persons who assist criminal prosecution authorities was prepared and submitted to the competent authority.',
    challenges: 'Qanun layihəsi hesabat ilində qəbul edilməmişdir.',
    nextSteps: 'Qanun layihəsinin qəbulu prosesinin izlənilməsi.',
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-14',
  },
  {
    measureCode: '1.4',
    organizationCode: 'SMS',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 90,
    narrativeAz:
      'Müvəqqəti yaşama icazələrinin verilməsi qaydalarına dair təkliflər hazırlanmışdır.',
    narrativeEn:
      'Prepared proposals on the procedure for issuing temporary residence permits.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-09',
  },
  {
    measureCode: '1.4',
    organizationCode: 'MOJ',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 80,
    narrativeAz:
      'Qanun layihəsinin hüquqi ekspertizası aparılmış, rəy və təkliflər təqdim edilmişdir.',
    narrativeEn:
      'Carried out the legal review of the draft law and submitted an opinion and proposals.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '1.5',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 80,
    narrativeAz:
      'İnsan alveri qurbanlarının xidmətindən istifadə etməyə görə hüquqi məsuliyyət nəzərdə tutan qanun layihəsi hazırlanaraq aidiyyəti üzrə təqdim olunmuşdur.',
    narrativeEn:
      'A draft law establishing legal liability for using the services of victims of trafficking was prepared and submitted to the competent authority.',
    challenges: 'Qanun layihəsi hesabat ilində qəbul edilməmişdir.',
    nextSteps: 'Qanun layihəsinin qəbulu prosesinin izlənilməsi.',
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-10',
  },
  {
    measureCode: '1.5',
    organizationCode: 'GPO',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 85,
    narrativeAz:
      'Qanun layihəsinə dair rəy və təkliflər hazırlanaraq təqdim edilmişdir.',
    narrativeEn:
      'Prepared and submitted an opinion and proposals on the draft law.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-08',
  },
  {
    measureCode: '1.5',
    organizationCode: 'MOJ',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 75,
    narrativeAz:
      'Qanun layihəsinin hüquqi ekspertizası aparılmış, rəy və təkliflər təqdim edilmişdir.',
    narrativeEn:
      'Carried out the legal review of the draft law and submitted an opinion and proposals.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-10',
  },
  {
    measureCode: '1.6',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'İnsan alverinə qarşı mübarizədə iştirak edən dövlət orqanlarının və xarici tərəfdaşların təklifləri nəzərə alınaraq qanunvericilik bazasının təkmilləşdirilməsi ilə bağlı qaldırılmış vəsatətlər təmin olunmuşdur. Ötən dövrdə 80-ə yaxın qanunvericilik aktı və digər normativ sənəd qəbul edilmişdir.',
    narrativeEn:
      'Motions to improve the legislative framework, raised on the basis of proposals from the state bodies involved in combating trafficking and from foreign partners, were granted. Close to 80 legislative acts and other regulatory documents have been adopted over the years.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-13',
  },
  {
    measureCode: '1.6',
    organizationCode: 'MOJ',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Normativ hüquqi aktların layihələrinin hüquqi ekspertizası aparılmışdır.',
    narrativeEn: 'Carried out the legal review of the draft regulatory acts.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-08',
  },
  {
    measureCode: '1.6',
    organizationCode: 'OMB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qanunvericiliyin insan hüquqları standartlarına uyğunluğuna dair təkliflər verilmişdir.',
    narrativeEn:
      'Provided proposals on the compliance of legislation with human rights standards.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-13',
  },
  {
    measureCode: '2.1',
    organizationCode: 'MOE',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Daxili İşlər və Təhsil nazirliklərinin birgə fəaliyyət planına uyğun olaraq orta ümumtəhsil məktəblərinin yuxarı siniflərinin 70.000-dən çox şagirdi üçün valideynlər, psixoloqlar, icra hakimiyyətləri yanında yetkinlik yaşına çatmayanların işləri üzrə komissiyaların təmsilçiləri cəlb edilməklə uşaqların insan alverindən müdafiəsi mövzusunda respublikanın 54 şəhər və rayonunda tədbirlər keçirilmişdir.',
    narrativeEn:
      "Under the joint action plan of the Ministries of Internal Affairs and of Education, events on protecting children from trafficking were held in 54 cities and districts for more than 70,000 senior pupils of general secondary schools, with parents, psychologists and representatives of the commissions on minors' affairs under the local executive authorities.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'PUPILS_REACHED',
        value: 70000,
        breakdown: [],
      },
      {
        indicatorCode: 'DISTRICTS_COVERED',
        value: 54,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '2.1',
    organizationCode: 'MIA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Polis əməkdaşları tədbirlərdə çıxış etmiş, birgə fəaliyyət planının icrası əlaqələndirilmişdir.',
    narrativeEn:
      'Police officers spoke at the events and the joint action plan was coordinated.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-17',
  },
  {
    measureCode: '2.1',
    organizationCode: 'LEA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Yetkinlik yaşına çatmayanların işləri üzrə komissiyaların təmsilçiləri tədbirlərə cəlb edilmişdir.',
    narrativeEn:
      "Representatives of the commissions on minors' affairs took part in the events.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-02-02',
  },
  {
    measureCode: '2.2',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 90,
    narrativeAz:
      'Hüquq-mühafizə, tibb, sosial müdafiə və məşğulluq qurumları əməkdaşlarının, sahibkarların, kütləvi informasiya vasitələri nümayəndələrinin iştirakı ilə məcburi köçkünlərin məskunlaşdığı inzibati ərazilərdə, internat məktəblərində və peşə-ixtisas təhsili müəssisələrində maarifləndirici tədbirlər təşkil edilmişdir.',
    narrativeEn:
      'Awareness events were held in areas settled by internally displaced persons, in boarding schools and in vocational education institutions, with staff of law-enforcement, health, social protection and employment agencies, entrepreneurs and media representatives.',
    challenges: null,
    nextSteps:
      'Tədbirlərin bütün peşə-ixtisas təhsili müəssisələrini əhatə etməsi.',
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-13',
  },
  {
    measureCode: '2.2',
    organizationCode: 'MOE',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 95,
    narrativeAz:
      'İnternat məktəblərində və peşə-ixtisas təhsili müəssisələrində tədbirlərin təşkilinə dəstək verilmişdir.',
    narrativeEn:
      'Supported the events in boarding schools and vocational education institutions.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-09',
  },
  {
    measureCode: '2.2',
    organizationCode: 'MLSPP',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 85,
    narrativeAz:
      'Sosial müdafiə və məşğulluq qurumlarının əməkdaşları tədbirlərdə iştirak etmişdir.',
    narrativeEn:
      'Staff of social protection and employment agencies took part in the events.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-14',
  },
  {
    measureCode: '2.2',
    organizationCode: 'LEA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 95,
    narrativeAz:
      'Məcburi köçkünlərin məskunlaşdığı ərazilərdə tədbirlərin keçirilməsi təşkil edilmişdir.',
    narrativeEn:
      'Organised the events in areas where internally displaced persons live.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-10',
  },
  {
    measureCode: '2.3',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Bir sıra ali təhsil müəssisələrində keçirilmiş görüşlərdə iştirakçılara insan alveri mövzusunda filmlər və teatr tamaşaları nümayiş etdirilmişdir.',
    narrativeEn:
      'At meetings held in several higher education institutions, participants were shown films and theatre performances on trafficking.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-09',
  },
  {
    measureCode: '2.3',
    organizationCode: 'MOE',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Ali təhsil müəssisələrində görüşlərin təşkilinə dəstək verilmişdir.',
    narrativeEn:
      'Supported the organisation of meetings at higher education institutions.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-19',
  },
  {
    measureCode: '2.4',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Müxtəlif televiziya kanallarında və internet şəbəkəsində insan alverinə dair qısametrajlı filmlər və sosial çarxlar yayımlanmışdır.',
    narrativeEn:
      'Short films and public service announcements on trafficking were broadcast on various TV channels and online.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '2.5',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'İnsan alverinə qarşı mübarizə tədbirlərinin geniş əhali kütləsinə açıqlanması məqsədilə müvafiq məlumatlar mütəmadi olaraq xüsusi polis qurumunun internet səhifəsində yerləşdirilmişdir.',
    narrativeEn:
      "To make the anti-trafficking measures known to the general public, information was regularly published on the special police unit's website.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-15',
  },
  {
    measureCode: '2.6',
    organizationCode: 'MIA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Bütövlükdə həyata keçirilmiş tədbirlərdə Milli Fəaliyyət Planının bütün icraçıları yaxından iştirak etmiş, səmərəli işi ilə fərqlənən 15 qeyri-hökumət təşkilatı isə Daxili İşlər Nazirliyi tərəfindən mükafatlandırılmışdır.',
    narrativeEn:
      'All implementers of the National Action Plan took an active part in the measures, and 15 NGOs distinguished by effective work were awarded by the Ministry of Internal Affairs.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'NGOS_AWARDED',
        value: 15,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-19',
  },
  {
    measureCode: '2.7',
    organizationCode: 'NGOC',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Üçüncü Milli Fəaliyyət Planının icra edildiyi 2014-2016-cı illərdə Qeyri-hökumət Təşkilatlarına Dövlət Dəstəyi Şurası tərəfindən 20 layihə maliyyələşdirilmiş və bu məqsədlər üçün 182 min manat vəsait ayrılmışdır.',
    narrativeEn:
      'In 2014–2016, while the third National Action Plan was implemented, the Council on State Support to NGOs funded 20 projects and allocated 182,000 manat for them.',
    challenges: null,
    nextSteps: null,
    expenditure: {
      amount: 58000,
      currency: 'AZN',
      source: 'Şuranın qrant vəsaiti',
    },
    indicatorValues: [
      {
        indicatorCode: 'NGO_PROJECTS_FUNDED_CUMULATIVE',
        value: 20,
        breakdown: [],
      },
      {
        indicatorCode: 'NGO_FUNDING_CUMULATIVE',
        value: 182000,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-16',
  },
  {
    measureCode: '2.8',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Tədbir 2015-ci ildə icra edilmişdir. Hesabat dövründə insan alverinin yeni forma və metodlarının ortaya çıxması, risk qrupuna aid təbəqənin mütəmadi yenilənməsi baxımından maarifləndirmə tədbirləri diqqət mərkəzində saxlanılmışdır.',
    narrativeEn:
      'Completed in 2015. In the reporting period awareness work remained a focus in view of new forms and methods of trafficking and the constantly changing groups at risk.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-10',
  },
  {
    measureCode: '2.8',
    organizationCode: 'SCFWCA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qadınlar və uşaqlar arasında risk qruplarına dair məlumatlar təqdim edilmişdir.',
    narrativeEn:
      'Provided information on groups at risk among women and children.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '3.1',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Müəyyən edilmiş 70 (69-u qadın, 1-i kişi) qurbandan 69-u Azərbaycan vətəndaşı, 1-i əcnəbi olmuşdur.',
    narrativeEn:
      'Of the 70 victims identified (69 women, 1 man), 69 were citizens of Azerbaijan and 1 was a foreigner.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'VICTIMS_IDENTIFIED',
        value: 70,
        breakdown: [
          {
            options: ['sex:female'],
            value: 69,
          },
          {
            options: ['sex:male'],
            value: 1,
          },
          {
            options: ['citizenship:national'],
            value: 69,
          },
          {
            options: ['citizenship:foreign'],
            value: 1,
          },
        ],
      },
    ],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '3.1',
    organizationCode: 'SBS',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Sərhəd-buraxılış məntəqələrində müəyyən edilmiş potensial qurbanlar barədə məlumatlar xüsusi polis qurumuna ötürülmüşdür.',
    narrativeEn:
      'Passed information on potential victims found at border crossing points to the special police unit.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-15',
  },
  {
    measureCode: '3.1',
    organizationCode: 'SMS',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Miqrantlar arasında potensial qurbanlar barədə məlumatlar xüsusi polis qurumuna ötürülmüşdür.',
    narrativeEn:
      'Passed information on potential victims among migrants to the special police unit.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-08',
  },
  {
    measureCode: '3.2',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'İnsan alverinin və məcburi əməyin 63 qurbanı və 7 potensial qurban sığınacağa yerləşdirilərək hər birinə 400 manat məbləğində birdəfəlik müavinət verilmişdir.',
    narrativeEn:
      '63 victims and 7 potential victims of trafficking and forced labour were placed in the shelter and each was paid a one-time allowance of 400 manat.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'SHELTER_PLACEMENTS',
        value: 70,
        breakdown: [
          {
            options: ['victim_status:victim'],
            value: 63,
          },
          {
            options: ['victim_status:potential_victim'],
            value: 7,
          },
        ],
      },
      {
        indicatorCode: 'ALLOWANCES_PAID',
        value: 70,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-15',
  },
  {
    measureCode: '3.3',
    organizationCode: 'MLSPP',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qurbanlardan 25-i işlə təmin edilmiş, 38 nəfər peşə kurslarına göndərilmişdir.',
    narrativeEn:
      '25 victims found jobs and 38 were sent to vocational courses.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'VICTIMS_EMPLOYED',
        value: 25,
        breakdown: [],
      },
      {
        indicatorCode: 'VICTIMS_VOCATIONAL_COURSES',
        value: 38,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-17',
  },
  {
    measureCode: '3.3',
    organizationCode: 'SSPF',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qurbanların sosial reabilitasiyası üzrə tədbirlərdə iştirak edilmişdir.',
    narrativeEn: "Took part in measures for victims' social rehabilitation.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-09',
  },
  {
    measureCode: '3.3',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Sığınacaqdakı qurbanlar məşğulluq xidmətinə istiqamətləndirilmişdir.',
    narrativeEn:
      'Referred victims staying in the shelter to the employment service.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '3.4',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      '54 qurban ailəsinə qaytarılmışdır. Üçüncü Milli Fəaliyyət Planının icra edildiyi 2014-2016-cı illərdə insan alverinin qurbanı olan 187 şəxsin cəmiyyətə reinteqrasiyası təmin olunmuşdur.',
    narrativeEn:
      '54 victims were returned to their families. In 2014–2016, while the third National Action Plan was implemented, 187 victims of trafficking were reintegrated into society.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'VICTIMS_RETURNED_TO_FAMILY',
        value: 54,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-10',
  },
  {
    measureCode: '3.4',
    organizationCode: 'LEA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Ailəyə qaytarılmış qurbanların yaşayış yeri üzrə sosial problemlərinin həllinə köməklik göstərilmişdir.',
    narrativeEn:
      'Helped solve the social problems of returned victims where they live.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '3.4',
    organizationCode: 'SCFWCA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz: 'Qurbanların ailələri ilə psixoloji iş aparılmışdır.',
    narrativeEn: "Carried out psychological work with the victims' families.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-18',
  },
  {
    measureCode: '3.5',
    organizationCode: 'MOH',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Bütün qurbanlar dövlət hesabına zəruri tibbi və psixoloji yardımla əhatə olunmuşdur.',
    narrativeEn:
      'All victims received the necessary medical and psychological assistance at state expense.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '3.5',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz: 'Qurbanların tibbi müayinəyə göndərilməsi təşkil edilmişdir.',
    narrativeEn: 'Arranged for victims to be referred for medical examination.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-13',
  },
  {
    measureCode: '3.6',
    organizationCode: 'MOJ',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Bütün qurbanlar ibtidai istintaq və məhkəmə baxışı dövründə peşəkar hüquqi xidmətdən istifadə etmişlər.',
    narrativeEn:
      'All victims used professional legal services during pre-trial investigation and trial.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-13',
  },
  {
    measureCode: '3.6',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qurbanların hüquqi yardım üçün müraciətləri vaxtında yönləndirilmişdir.',
    narrativeEn: "Victims' requests for legal aid were forwarded promptly.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-09',
  },
  {
    measureCode: '3.6',
    organizationCode: 'OMB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qurbanların hüquqlarına riayət olunmasına nəzarət edilmişdir.',
    narrativeEn: "Monitored respect for victims' rights.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-18',
  },
  {
    measureCode: '3.7',
    organizationCode: 'MOE',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qurbanların himayəsində olan 31 azyaşlı Heydər Əliyev Fondunun dəstəyi ilə müxtəlif təhsil proqramlarına cəlb olunmuşdur.',
    narrativeEn:
      '31 minors in the care of victims were enrolled in various education programmes with the support of the Heydar Aliyev Foundation.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'MINORS_IN_EDUCATION',
        value: 31,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '3.7',
    organizationCode: 'NGO-HAF',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Azyaşlıların təhsil proqramlarına cəlb edilməsinə maliyyə dəstəyi verilmişdir.',
    narrativeEn: "Funded the minors' enrolment in education programmes.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-15',
  },
  {
    measureCode: '3.7',
    organizationCode: 'SCFWCA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz: 'Azyaşlıların ailələri ilə sosial-psixoloji iş aparılmışdır.',
    narrativeEn:
      "Carried out social and psychological work with the minors' families.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '3.8',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qurbanların himayəsində olan 5 uşağın sosial problemləri həll edilmiş, daha 7-si «Azərbaycan Uşaqlar Birliyi»nin nəzdindəki sığınacağa yerləşdirilmişdir.',
    narrativeEn:
      "The social problems of 5 children in victims' care were solved and another 7 were placed in the Azerbaijan Children's Union shelter.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'CHILDREN_SOCIAL_PROBLEMS_SOLVED',
        value: 5,
        breakdown: [],
      },
      {
        indicatorCode: 'CHILDREN_PLACED_AUB_SHELTER',
        value: 7,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-15',
  },
  {
    measureCode: '3.8',
    organizationCode: 'SCFWCA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz: 'Uşaqların sosial problemlərinin həllində iştirak edilmişdir.',
    narrativeEn: "Took part in solving the children's social problems.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-16',
  },
  {
    measureCode: '3.8',
    organizationCode: 'NGO-AUB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Uşaqlar Birliyin nəzdindəki sığınacaqda qəbul edilmiş və onlara qayğı göstərilmişdir.',
    narrativeEn:
      "Received the children in the Union's shelter and cared for them.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-19',
  },
  {
    measureCode: '3.9',
    organizationCode: 'MIA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qurbanların təkcə sosial reabilitasiyasına, o cümlədən, sığınacaqda saxlanılmasına və onlara birdəfəlik müavinətlərin verilməsinə Daxili İşlər Nazirliyinin büdcəsindən 153 min manat xərclənmişdir.',
    narrativeEn:
      "153,000 manat from the Ministry of Internal Affairs budget was spent on victims' social rehabilitation alone, including their stay in the shelter and one-time allowances.",
    challenges: null,
    nextSteps: null,
    expenditure: {
      amount: 153000,
      currency: 'AZN',
      source: 'Daxili İşlər Nazirliyinin büdcəsi',
    },
    indicatorValues: [
      {
        indicatorCode: 'REHABILITATION_SPENDING',
        value: 153000,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-14',
  },
  {
    measureCode: '3.10',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Xarici ölkələrdə əmək fəaliyyəti, təhsil, əcnəbilərlə nikah, məişət zorakılığı, miqrantların müvəqqəti qeydiyyatı, övladlığa götürmə və digər məsələlərlə bağlı «qaynar xətt» telefon xidmətinə daxil olmuş 15 minə yaxın müraciət araşdırılaraq hər biri üzrə qanunauyğun ölçülər götürülmüş, təşəbbüskarlara zəruri izahlar verilmişdir.',
    narrativeEn:
      'Close to 15,000 hotline calls about work abroad, study, marriage with foreigners, domestic violence, temporary registration of migrants, adoption and other matters were examined; lawful action was taken on each and callers were given the necessary explanations.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'HOTLINE_CALLS',
        value: 15000,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '3.11',
    organizationCode: 'SSPF',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.DELAYED,
    percentComplete: 45,
    narrativeAz:
      'Prezidentin fərmanı ilə Fonda yardım mərkəzləri yaratmaq və onların fəaliyyətinə nəzarəti həyata keçirmək səlahiyyəti verilmişdir; mərkəzin yaradılması üzrə hazırlıq işləri davam etdirilir.',
    narrativeEn:
      'A presidential decree gave the Fund the power to set up assistance centres and supervise their work; preparations to set up the centre continue.',
    challenges: 'Mərkəz üçün bina və ştat vahidləri hələ müəyyən edilməmişdir.',
    nextSteps: 'Mərkəzin 2017-ci ildə istifadəyə verilməsi.',
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-27',
  },
  {
    measureCode: '3.11',
    organizationCode: 'MLSPP',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 60,
    narrativeAz:
      'Fondun yardım mərkəzlərinin yaradılması üzrə işinə metodiki dəstək verilmişdir.',
    narrativeEn:
      "Gave methodological support to the Fund's work on setting up assistance centres.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '3.12',
    organizationCode: 'MIA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.CANCELLED,
    percentComplete: 25,
    narrativeAz:
      'Azərbaycan Respublikası Prezidentinin fərmanı ilə qurbanlar üçün yardım mərkəzlərinin yaradılması səlahiyyəti Dövlət Sosial Müdafiə Fonduna verildiyindən tədbir ləğv edilmişdir; iş 3.11-ci tədbir çərçivəsində davam etdirilir.',
    narrativeEn:
      'Cancelled because a presidential decree gave the power to set up assistance centres for victims to the State Social Protection Fund; the work continues under measure 3.11.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-16',
  },
  {
    measureCode: '3.12',
    organizationCode: 'LEA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.CANCELLED,
    percentComplete: 25,
    narrativeAz:
      'Azərbaycan Respublikası Prezidentinin fərmanı ilə qurbanlar üçün yardım mərkəzlərinin yaradılması səlahiyyəti Dövlət Sosial Müdafiə Fonduna verildiyindən tədbir ləğv edilmişdir; iş 3.11-ci tədbir çərçivəsində davam etdirilir.',
    narrativeEn:
      'Cancelled because a presidential decree gave the power to set up assistance centres for victims to the State Social Protection Fund; the work continues under measure 3.11.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '4.1',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Hesabat dövründə 2015-ci illə müqayisədə 30 faiz çox yaxud 147 insan alveri və məcburi əmək cinayəti aşkarlanmışdır. Üçüncü Milli Fəaliyyət Planının icra edildiyi 2014-2016-cı illərdə 399 müvafiq cinayət müəyyən olunmuşdur.',
    narrativeEn:
      'In the reporting period 147 trafficking and forced-labour crimes were detected, 30% more than in 2015. In 2014–2016, while the third National Action Plan was implemented, 399 such crimes were detected.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'CRIMES_DETECTED',
        value: 147,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-10',
  },
  {
    measureCode: '4.1',
    organizationCode: 'GPO',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Cinayət işlərinin istintaqı üzərində prosessual rəhbərlik həyata keçirilmişdir.',
    narrativeEn:
      'Exercised procedural supervision over the investigation of the criminal cases.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-15',
  },
  {
    measureCode: '4.1',
    organizationCode: 'SBS',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Sərhəddə insan alveri şübhəsi olan hallar barədə məlumatlar xüsusi polis qurumuna ötürülmüşdür.',
    narrativeEn:
      'Passed information on suspected trafficking cases at the border to the special police unit.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-09',
  },
  {
    measureCode: '4.1',
    organizationCode: 'SMS',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Miqrasiya qaydalarının pozulması ilə bağlı əldə olunan məlumatlar xüsusi polis qurumuna ötürülmüşdür.',
    narrativeEn:
      'Passed information obtained on breaches of migration rules to the special police unit.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-14',
  },
  {
    measureCode: '4.2',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'İnsan alveri məqsədilə sənədlərlə qanunsuz hərəkətlərə dair 19 fakt aşkarlanmışdır.',
    narrativeEn:
      '19 illegal actions with documents for the purpose of trafficking were detected.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'DOCUMENT_OFFENCES',
        value: 19,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-13',
  },
  {
    measureCode: '4.2',
    organizationCode: 'SMS',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qanunsuz istifadə olunan sənədlər barədə məlumatlar xüsusi polis qurumuna ötürülmüşdür.',
    narrativeEn:
      'Passed information on unlawfully used documents to the special police unit.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '4.2',
    organizationCode: 'SBS',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Sərhəd-buraxılış məntəqələrində sənədlərin yoxlanılması gücləndirilmişdir.',
    narrativeEn: 'Stepped up document checks at border crossing points.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-19',
  },
  {
    measureCode: '4.3',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Bu əməllərə görə 31-i qadın, 7-si kişi olmaqla 38 şəxs cinayət məsuliyyətinə cəlb edilmişdir. Üçüncü Milli Fəaliyyət Planının icra edildiyi 2014-2016-cı illərdə bu əməllərə görə 102 nəfər cinayət məsuliyyətinə cəlb edilmişdir.',
    narrativeEn:
      '38 persons (31 women, 7 men) were brought to criminal liability for these acts. In 2014–2016, while the third National Action Plan was implemented, 102 persons were brought to criminal liability for such acts.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'PERSONS_PROSECUTED',
        value: 38,
        breakdown: [
          {
            options: ['sex:female'],
            value: 31,
          },
          {
            options: ['sex:male'],
            value: 7,
          },
        ],
      },
    ],
    submittedOnDay: '2017-01-09',
  },
  {
    measureCode: '4.3',
    organizationCode: 'GPO',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'İttiham aktları təsdiq edilərək cinayət işləri məhkəməyə göndərilmişdir.',
    narrativeEn: 'Approved the indictments and sent the cases to court.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '4.4',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      '15 cinayətkar qrup zərərsizləşdirilmişdir (2015-ci illə müqayisədə +2).',
    narrativeEn: '15 criminal groups were neutralised (+2 compared with 2015).',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'CRIMINAL_GROUPS_NEUTRALISED',
        value: 15,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '4.5',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz: 'Axtarışa elan olunmuş 10 şəxs tutulmuşdur.',
    narrativeEn: '10 wanted persons were caught.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'WANTED_PERSONS_CAUGHT',
        value: 10,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-15',
  },
  {
    measureCode: '4.5',
    organizationCode: 'SBS',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Axtarışda olan şəxslərin sərhəddən keçməsinə nəzarət edilmişdir.',
    narrativeEn: 'Watched for wanted persons crossing the border.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-08',
  },
  {
    measureCode: '4.6',
    organizationCode: 'MIA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Profilaktik tədbirlər çərçivəsində 2014-2016-cı illərdə ictimai mənəviyyat əleyhinə olan 558 cinayət faktı aşkarlanaraq 332 nəfər məsuliyyətə cəlb edilmişdir.',
    narrativeEn:
      'As part of prevention, 558 crimes against public morality were detected in 2014–2016 and 332 persons were held liable.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-19',
  },
  {
    measureCode: '5.1',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Hesabat ilində İnsan Alverinə qarşı Mübarizə Baş İdarəsinin əməkdaşları Daxili İşlər Nazirliyi və beynəlxalq təşkilatlar tərəfindən təşkil olunmuş 40-dan çox seminar, konfrans, təlim və treninqə cəlb olunmuşdur.',
    narrativeEn:
      'In the reporting year staff of the Main Department for Combating Trafficking took part in more than 40 seminars, conferences and trainings organised by the Ministry of Internal Affairs and international organisations.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'SEMINARS_ATTENDED',
        value: 40,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-15',
  },
  {
    measureCode: '5.1',
    organizationCode: 'IOM',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Təlim və treninqlərin təşkilinə ekspert və metodiki dəstək verilmişdir.',
    narrativeEn:
      'Provided expert and methodological support for the trainings.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-17',
  },
  {
    measureCode: '5.2',
    organizationCode: 'SCC',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Dövlət Gömrük Komitəsinin əməkdaşları üçün insan alverinə qarşı mübarizə üzrə ixtisasartırma kursları təşkil edilmişdir.',
    narrativeEn:
      'Refresher courses on combating trafficking were held for State Customs Committee staff.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-19',
  },
  {
    measureCode: '5.2',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Kurslarda xüsusi polis qurumunun əməkdaşları təlimçi qismində iştirak etmişdir.',
    narrativeEn: 'Special police unit staff served as trainers in the courses.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '5.3',
    organizationCode: 'SMS',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Dövlət Miqrasiya Xidmətinin əməkdaşları üçün insan alverinə qarşı mübarizə üzrə ixtisasartırma kursları təşkil edilmişdir.',
    narrativeEn:
      'Refresher courses on combating trafficking were held for State Migration Service staff.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-16',
  },
  {
    measureCode: '5.3',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Kurslarda xüsusi polis qurumunun əməkdaşları təlimçi qismində iştirak etmişdir.',
    narrativeEn: 'Special police unit staff served as trainers in the courses.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-14',
  },
  {
    measureCode: '5.4',
    organizationCode: 'SBS',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 90,
    narrativeAz:
      'Dövlət Sərhəd Xidmətinin əməkdaşları və hərbi qulluqçuları üçün ixtisasartırma kursları təşkil edilmişdir.',
    narrativeEn:
      'Refresher courses were held for State Border Service staff and service members.',
    challenges: null,
    nextSteps: 'Kursların bütün sərhəd dəstələrini əhatə etməsi.',
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-09',
  },
  {
    measureCode: '5.4',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 95,
    narrativeAz:
      'Kurslarda xüsusi polis qurumunun əməkdaşları təlimçi qismində iştirak etmişdir.',
    narrativeEn: 'Special police unit staff served as trainers in the courses.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-10',
  },
  {
    measureCode: '5.5',
    organizationCode: 'PA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Polis Akademiyasında insan alveri cinayətlərinin hüquqi aspektləri, kriminoloji xüsusiyyətləri, qarşısının alınması və açılması taktikası tədris edilmişdir.',
    narrativeEn:
      'The legal aspects, criminological features and prevention and detection tactics of trafficking crimes were taught at the Police Academy.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-14',
  },
  {
    measureCode: '5.5',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Tədris materialları üçün praktik iş təcrübəsinə dair materiallar təqdim edilmişdir.',
    narrativeEn: 'Provided practical case material for the teaching materials.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-13',
  },
  {
    measureCode: '5.6',
    organizationCode: 'MOE',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Azərbaycan Turizm və Menecment, Bakı, Gəncə, Naxçıvan dövlət universitetlərində insan alverinə qarşı mübarizəyə və qurbanlara psixoloji yardımın göstərilməsinə dair mövzular tədris edilmişdir.',
    narrativeEn:
      'Topics on combating trafficking and psychological assistance to victims were taught at the Azerbaijan Tourism and Management University and at Baku, Ganja and Nakhchivan State Universities.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-19',
  },
  {
    measureCode: '5.7',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Xüsusi polis qurumunun əməkdaşları beynəlxalq təşkilatların keçirdikləri layihələr formatında bir sıra Avropa dövlətlərində təcrübə mübadiləsinə cəlb olunmuş, tədris kurslarında təlimçi qismində iştirak etmişlər.',
    narrativeEn:
      'Special police unit staff took part in experience exchanges in several European countries under projects of international organisations, and served as trainers in courses.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '5.7',
    organizationCode: 'IOM',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz: 'Təcrübə mübadiləsi layihələr formatında təşkil edilmişdir.',
    narrativeEn: 'Organised the experience exchanges as part of its projects.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '6.1',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'BMT, Avropa Şurası, ATƏT, Avropa İttifaqı, GUAM, İslam Əməkdaşlıq və Beynəlxalq Miqrasiya təşkilatları, ixtisaslaşmış beynəlxalq qurumlar, ABŞ-ın Ədliyyə Departamentinin, onun və İsrailin Azərbaycandakı səfirliklərinin nümayəndələri ilə insan alverinə qarşı mübarizədə əməkdaşlığın perspektivləri və digər məsələlər barədə geniş informasiya mübadiləsi aparılmışdır.',
    narrativeEn:
      'Extensive information was exchanged on the prospects for cooperation in combating trafficking and other matters with representatives of the UN, the Council of Europe, the OSCE, the European Union, GUAM, the Organisation of Islamic Cooperation, IOM, specialised international bodies, the US Department of Justice and the US and Israeli embassies in Azerbaijan.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-10',
  },
  {
    measureCode: '6.1',
    organizationCode: 'MFA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Beynəlxalq təşkilatlarla əlaqələrin diplomatik kanallarla təşkilinə dəstək verilmişdir.',
    narrativeEn:
      'Supported contacts with international organisations through diplomatic channels.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-17',
  },
  {
    measureCode: '6.2',
    organizationCode: 'MIA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Təyinat ölkələrindən olan Türkiyə, Birləşmiş Ərəb Əmirlikləri və İran İslam Respublikasının aidiyyəti dövlət orqanlarının rəhbərləri ilə görüşlər keçirilmiş, məlumat mübadiləsinin intensivliyinin artırılması nəzarətdə saxlanılmışdır.',
    narrativeEn:
      'Meetings were held with heads of the competent authorities of the destination countries Turkey, the United Arab Emirates and the Islamic Republic of Iran, and more intensive information exchange was kept under review.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-08',
  },
  {
    measureCode: '6.2',
    organizationCode: 'MFA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz: 'Görüşlərin diplomatik kanallarla təşkili təmin edilmişdir.',
    narrativeEn: 'Arranged the meetings through diplomatic channels.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-15',
  },
  {
    measureCode: '6.3',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.DELAYED,
    percentComplete: 60,
    narrativeAz:
      'Təyinat ölkələrində gizlənmiş təqsirləndirilən şəxslərin həbs edilməsi və ekstradisiyası nəzarətdə saxlanılmışdır; sorğuların bir qismi üzrə cavab gözlənilir.',
    narrativeEn:
      'The arrest and extradition of accused persons hiding in destination countries was followed up; replies to some of the requests are still awaited.',
    challenges:
      'Ekstradisiya sorğularına xarici dövlətlərin cavabları gecikir.',
    nextSteps:
      'Təyinat ölkələrinin səlahiyyətli orqanları ilə işçi görüşlərinin keçirilməsi.',
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '6.3',
    organizationCode: 'GPO',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Ekstradisiya sorğuları hazırlanaraq xarici dövlətlərin səlahiyyətli orqanlarına göndərilmişdir.',
    narrativeEn:
      'Prepared extradition requests and sent them to the competent foreign authorities.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '6.3',
    organizationCode: 'MFA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 70,
    narrativeAz:
      'Sorğuların diplomatik kanallarla ötürülməsi təmin edilmişdir.',
    narrativeEn: 'Transmitted the requests through diplomatic channels.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-08',
  },
  {
    measureCode: '6.4',
    organizationCode: 'MIA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Daxili İşlər Nazirliyinin, Beynəlxalq Miqrasiya Təşkilatının, Amerika Birləşmiş Ştatlarının Bakıdakı Səfirliyinin və Beynəlxalq İnkişaf Agentliyinin iştirakı ilə insan alverinin cinayət təqibi və koordinasiya məsələlərinə həsr edilmiş seminar keçirilmişdir.',
    narrativeEn:
      'A seminar on the prosecution and coordination of trafficking cases was held with the Ministry of Internal Affairs, IOM, the US Embassy in Baku and USAID.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-16',
  },
  {
    measureCode: '6.4',
    organizationCode: 'IOM',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Seminarın təşkilində və ekspertlərin cəlb edilməsində iştirak edilmişdir.',
    narrativeEn: 'Helped organise the seminar and bring in experts.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '6.5',
    organizationCode: 'MIA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Naxçıvan Muxtar Respublikasında «İnsan alverinə qarşı beynəlxalq mübarizə günü»nə həsr olunmuş konfrans keçirilmişdir.',
    narrativeEn:
      'A conference for the World Day against Trafficking in Persons was held in the Nakhchivan Autonomous Republic.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-14',
  },
  {
    measureCode: '6.5',
    organizationCode: 'LEA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz: 'Konfransın təşkilinə yerli səviyyədə dəstək verilmişdir.',
    narrativeEn: 'Supported the conference locally.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-16',
  },
  {
    measureCode: '6.6',
    organizationCode: 'MFA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Xarici İşlər Nazirliyinin təşəbbüsü və ATƏT-in İnsan Ölçüsü Komitəsinin dəstəyi ilə təşkil olunmuş tədbirdə insan alverinə qarşı mübarizədə ölkəmizin beynəlxalq öhdəliklərinin yerinə yetirilməsinin vəziyyəti barədə xarici tərəfdaşlar ətraflı məlumatlandırılmışdır.',
    narrativeEn:
      'At an event organised on the initiative of the Ministry of Foreign Affairs with the support of the OSCE Human Dimension Committee, foreign partners were briefed in detail on how the country fulfils its international commitments on combating trafficking.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-14',
  },
  {
    measureCode: '6.6',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz: 'Beynəlxalq öhdəliklərin icrasına dair arayış hazırlanmışdır.',
    narrativeEn:
      'Prepared a briefing note on the fulfilment of international commitments.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-14',
  },
  {
    measureCode: '6.7',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Respublikada insan alverinin və məcburi əməyin qarşısının alınması sahəsində fəaliyyətin effektivliyi Avropa Şurasının, ATƏT-in və digər nüfuzlu beynəlxalq təşkilatların aidiyyəti sənədlərində xüsusi vurğulanmışdır.',
    narrativeEn:
      "The effectiveness of the country's work to prevent trafficking and forced labour was specifically highlighted in documents of the Council of Europe, the OSCE and other leading international organisations.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-10',
  },
  {
    measureCode: '6.7',
    organizationCode: 'MFA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Məlumatlar diplomatik kanallarla beynəlxalq təşkilatlara ötürülmüşdür.',
    narrativeEn:
      'Transmitted the information to the international organisations through diplomatic channels.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '6.7',
    organizationCode: 'OMB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'İnsan hüquqlarına dair məruzələrə insan alverinə qarşı mübarizə üzrə bölmə daxil edilmişdir.',
    narrativeEn:
      'Included a section on combating trafficking in its human rights reports.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-10',
  },
  {
    measureCode: '7.1',
    organizationCode: 'MLSPP',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Beynəlxalq Miqrasiya Təşkilatının Azərbaycandakı Nümayəndəliyinin müraciətləri əsasında aparılmış araşdırmalarla əcnəbilərin məcburi əməyə cəlb edilməsi faktı aşkarlanmasa da, müvafiq qanunvericiliyin tələblərini pozmuş 90 nəfər barəsində inzibati tənbeh tədbirləri görülmüşdür.',
    narrativeEn:
      'Examination of referrals from the IOM Mission in Azerbaijan found no case of foreigners in forced labour, but administrative penalties were imposed on 90 persons who had breached the relevant legislation.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'ADMINISTRATIVE_PENALTIES',
        value: 90,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '7.1',
    organizationCode: 'SMS',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Əcnəbi işçilərin sənədləri yoxlanılmış, qayda pozuntularına görə inzibati tədbirlər görülmüşdür.',
    narrativeEn:
      "Checked foreign workers' documents and took administrative action for breaches.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-13',
  },
  {
    measureCode: '7.1',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz: 'Müraciətlər üzrə araşdırmalarda iştirak edilmişdir.',
    narrativeEn: 'Took part in examining the referrals.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-15',
  },
  {
    measureCode: '7.1',
    organizationCode: 'IOM',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Məcburi əmək şübhəsi olan hallar barədə müraciətlər təqdim edilmişdir.',
    narrativeEn: 'Referred suspected forced-labour cases.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-17',
  },
  {
    measureCode: '7.2',
    organizationCode: 'SMS',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Miqrantların məcburi əməyə cəlb olunmasının qarşısının alınmasında ölkədə yaşama və olma qaydalarını pozan 5.523 əcnəbinin respublikanın hüdudlarından kənara çıxarılması böyük əhəmiyyət kəsb etmişdir.',
    narrativeEn:
      'The removal from the country of 5,523 foreigners who breached the rules of stay and residence played an important part in preventing migrants from being drawn into forced labour.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'FOREIGNERS_EXPELLED',
        value: 5523,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '7.2',
    organizationCode: 'SBS',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Çıxarılan əcnəbilərin sərhəddən keçirilməsi təmin edilmişdir.',
    narrativeEn: 'Handled the border crossing of the removed foreigners.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-13',
  },
  {
    measureCode: '7.2',
    organizationCode: 'MIA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Qayda pozuntusuna yol vermiş əcnəbilər aşkarlanaraq miqrasiya orqanına təhvil verilmişdir.',
    narrativeEn:
      'Found foreigners in breach of the rules and handed them over to the migration authority.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-14',
  },
  {
    measureCode: '7.3',
    organizationCode: 'MIA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Polis orqanlarının aidiyyəti qurumların və qeyri-hökumət təşkilatlarının nümayəndələri ilə birgə keçirdiyi reydlər zamanı küçə həyatına məruz qalan, dilənçilik edən, qeyri-qanuni əməyə cəlb olunan 600-ə yaxın azyaşlı müəyyən edilmişdir. Aparılmış araşdırmalarla onların insan alverinin və məcburi əməyin qurbanı olması ehtimalı təsdiqlənməmişdir.',
    narrativeEn:
      'Raids by the police with representatives of the agencies concerned and of NGOs found close to 600 minors living on the street, begging or in illegal work. Inquiries did not confirm that any of them were victims of trafficking or forced labour.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'MINORS_FOUND_IN_RAIDS',
        value: 600,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '7.3',
    organizationCode: 'LEA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Reydlərdə yetkinlik yaşına çatmayanların işləri üzrə komissiyaların nümayəndələri iştirak etmişdir.',
    narrativeEn:
      "Members of the commissions on minors' affairs took part in the raids.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-19',
  },
  {
    measureCode: '7.3',
    organizationCode: 'SCFWCA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Müəyyən edilmiş azyaşlıların ailələri ilə sosial iş aparılmışdır.',
    narrativeEn:
      'Carried out social work with the families of the minors found.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '7.3',
    organizationCode: 'NGO-AUB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Reydlərdə iştirak edilmiş, azyaşlılara psixoloji dəstək göstərilmişdir.',
    narrativeEn:
      'Took part in the raids and gave the minors psychological support.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '7.4',
    organizationCode: 'MIA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Övladlarını hüquqazidd əməllərə cəlb edən 240 valideyn barəsində inzibati tədbirlər görülmüş, müvafiq sosial problemlərin həlli ilə əlaqədar yerli icra hakimiyyətləri yanında komissiyalara baxılması üçün 300-dən çox material göndərilmişdir.',
    narrativeEn:
      'Administrative measures were taken against 240 parents who involved their children in unlawful acts, and more than 300 case materials were sent to the commissions under the local executive authorities to address the social problems involved.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'PARENTS_ADMINISTRATIVE_MEASURES',
        value: 240,
        breakdown: [],
      },
      {
        indicatorCode: 'MATERIALS_SENT_TO_COMMISSIONS',
        value: 300,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-10',
  },
  {
    measureCode: '7.4',
    organizationCode: 'LEA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Komissiyalarda daxil olmuş materiallara baxılmış, ailələrin sosial problemlərinin həlli üçün tədbirlər görülmüşdür.',
    narrativeEn:
      "The commissions examined the materials received and acted to solve the families' social problems.",
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-12',
  },
  {
    measureCode: '7.5',
    organizationCode: 'LEA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Xüsusi monitorinq qrupları tərəfindən 200-dən çox uşağın qəyyumluğa və himayəyə verildiyi ailələrdə yaşayış şəraiti yoxlanılaraq zəruri sosial və tibbi yardımlarla əhatə olunmaları təmin edilmişdir.',
    narrativeEn:
      'Special monitoring groups checked the living conditions of more than 200 children in guardian and foster families and made sure they received the necessary social and medical help.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [
      {
        indicatorCode: 'CHILDREN_GUARDIANSHIP_CHECKED',
        value: 200,
        breakdown: [],
      },
    ],
    submittedOnDay: '2017-01-24',
  },
  {
    measureCode: '7.5',
    organizationCode: 'MIA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Monitorinq qruplarının tərkibində polis əməkdaşları iştirak etmişdir.',
    narrativeEn: 'Police officers took part in the monitoring groups.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-08',
  },
  {
    measureCode: '7.5',
    organizationCode: 'SCFWCA',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz:
      'Monitorinqin nəticələri ümumiləşdirilərək təkliflər hazırlanmışdır.',
    narrativeEn: 'Compiled the monitoring results and prepared proposals.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-11',
  },
  {
    measureCode: '7.5',
    organizationCode: 'MOH',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.COMPLETED,
    percentComplete: 100,
    narrativeAz: 'Ehtiyacı olan uşaqlara tibbi yardım göstərilmişdir.',
    narrativeEn: 'Provided medical care to children in need.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-16',
  },
  {
    measureCode: '7.6',
    organizationCode: 'MTCHT',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 60,
    narrativeAz:
      '«Telekommunikasiya haqqında» Qanuna edilmiş əlavəyə uyğun olaraq uşaqların internet informasiya ehtiyatlarından təhlükəsiz istifadəsinə dair tələblər operator və provayderlərə çatdırılmışdır.',
    narrativeEn:
      "The requirements on children's safe use of internet information resources under the amended Law on Telecommunications were communicated to operators and providers.",
    challenges:
      'Texniki həllərin tətbiqi operatorlardan əlavə vaxt tələb edir.',
    nextSteps:
      'Operator və provayderlərin tətbiq etdiyi tədbirlərin monitorinqi.',
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-13',
  },
  {
    measureCode: '7.6',
    organizationCode: 'MIA-CTHB',
    periodLabel: '2016',
    implementationStatus: ImplementationStatus.IN_PROGRESS,
    percentComplete: 65,
    narrativeAz:
      'Uşaqların internet vasitəsilə istismarı risklərinə dair məlumat verilmişdir.',
    narrativeEn:
      'Provided information on the risks of children being exploited via the internet.',
    challenges: null,
    nextSteps: null,
    expenditure: null,
    indicatorValues: [],
    submittedOnDay: '2017-01-12',
  },
];
