// Name pools in several scripts, each with the romanised form used for e-mail addresses.
// Chinese and Japanese display names put the family name first (张伟, 佐藤 翔太), as Zoom shows them.

export interface NamePool {
  script: 'latin' | 'chinese' | 'japanese' | 'cyrillic' | 'accented';
  /** Share of generated users, out of 100. */
  weight: number;
  first: readonly (readonly [string, string])[];
  last: readonly (readonly [string, string])[];
  display: (first: string, last: string) => string;
  timezones: readonly string[];
  language: string;
}

const western = (first: string, last: string): string => `${first} ${last}`;

export const NAME_POOLS: readonly NamePool[] = [
  {
    script: 'latin',
    weight: 45,
    display: western,
    language: 'en-US',
    timezones: ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'Australia/Sydney'],
    first: [
      ['James', 'james'],
      ['Mary', 'mary'],
      ['Olivia', 'olivia'],
      ['Liam', 'liam'],
      ['Noah', 'noah'],
      ['Emma', 'emma'],
      ['Ava', 'ava'],
      ['Sophia', 'sophia'],
      ['Lucas', 'lucas'],
      ['Mia', 'mia'],
      ['Ethan', 'ethan'],
      ['Amelia', 'amelia'],
      ['Jill', 'jill'],
      ['Henry', 'henry'],
      ['Grace', 'grace'],
      ['Owen', 'owen'],
      ['Chloe', 'chloe'],
      ['Daniel', 'daniel'],
    ],
    last: [
      ['Smith', 'smith'],
      ['Johnson', 'johnson'],
      ['Brown', 'brown'],
      ['Miller', 'miller'],
      ['Davis', 'davis'],
      ['Wilson', 'wilson'],
      ['Taylor', 'taylor'],
      ['Anderson', 'anderson'],
      ['Thomas', 'thomas'],
      ['Chill', 'chill'],
      ['Moore', 'moore'],
      ['Clark', 'clark'],
      ['Walker', 'walker'],
      ['Young', 'young'],
      ['King', 'king'],
      ["O'Neil", 'oneil'],
    ],
  },
  {
    script: 'chinese',
    weight: 15,
    display: (first, last) => `${last}${first}`,
    language: 'zh-CN',
    timezones: ['Asia/Shanghai'],
    first: [
      ['伟', 'wei'],
      ['娜', 'na'],
      ['敏', 'min'],
      ['静', 'jing'],
      ['丽', 'li'],
      ['强', 'qiang'],
      ['磊', 'lei'],
      ['军', 'jun'],
      ['洋', 'yang'],
      ['艳', 'yan'],
      ['杰', 'jie'],
      ['秀英', 'xiuying'],
      ['明', 'ming'],
      ['晓东', 'xiaodong'],
    ],
    last: [
      ['张', 'zhang'],
      ['王', 'wang'],
      ['李', 'li'],
      ['刘', 'liu'],
      ['陈', 'chen'],
      ['杨', 'yang'],
      ['赵', 'zhao'],
      ['黄', 'huang'],
      ['周', 'zhou'],
      ['吴', 'wu'],
      ['欧阳', 'ouyang'],
    ],
  },
  {
    script: 'japanese',
    weight: 10,
    display: (first, last) => `${last} ${first}`,
    language: 'ja-JP',
    timezones: ['Asia/Tokyo'],
    first: [
      ['翔太', 'shota'],
      ['陽菜', 'hina'],
      ['蓮', 'ren'],
      ['結衣', 'yui'],
      ['大翔', 'hiroto'],
      ['さくら', 'sakura'],
      ['健', 'ken'],
      ['美咲', 'misaki'],
    ],
    last: [
      ['佐藤', 'sato'],
      ['鈴木', 'suzuki'],
      ['高橋', 'takahashi'],
      ['田中', 'tanaka'],
      ['渡辺', 'watanabe'],
      ['伊藤', 'ito'],
      ['山本', 'yamamoto'],
      ['中村', 'nakamura'],
    ],
  },
  {
    script: 'cyrillic',
    weight: 10,
    display: western,
    language: 'ru-RU',
    timezones: ['Europe/Moscow', 'Asia/Yekaterinburg'],
    first: [
      ['Иван', 'ivan'],
      ['Ольга', 'olga'],
      ['Дмитрий', 'dmitry'],
      ['Анна', 'anna'],
      ['Сергей', 'sergey'],
      ['Наталья', 'natalya'],
      ['Алексей', 'alexey'],
      ['Мария', 'maria'],
    ],
    last: [
      ['Иванов', 'ivanov'],
      ['Смирнов', 'smirnov'],
      ['Кузнецов', 'kuznetsov'],
      ['Попов', 'popov'],
      ['Соколов', 'sokolov'],
      ['Волков', 'volkov'],
    ],
  },
  {
    script: 'accented',
    weight: 20,
    display: western,
    language: 'fr-FR',
    timezones: ['Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Warsaw', 'America/Sao_Paulo', 'Europe/Istanbul'],
    first: [
      ['José', 'jose'],
      ['François', 'francois'],
      ['Zoë', 'zoe'],
      ['Søren', 'soren'],
      ['Łukasz', 'lukasz'],
      ['İlkay', 'ilkay'],
      ['Renée', 'renee'],
      ['Jürgen', 'jurgen'],
      ['Inês', 'ines'],
      ['Małgorzata', 'malgorzata'],
    ],
    last: [
      ['Müller', 'muller'],
      ['García', 'garcia'],
      ['Núñez', 'nunez'],
      ['Dvořák', 'dvorak'],
      ['Åström', 'astrom'],
      ['Pérez', 'perez'],
      ['Şahin', 'sahin'],
      ['Ó Briain', 'obriain'],
      ['Lefèvre', 'lefevre'],
      ['Wiśniewska', 'wisniewska'],
    ],
  },
];

/** Pool index by weight for a value in [0, 100). */
export function poolFor(percent: number): number {
  let acc = 0;
  for (let i = 0; i < NAME_POOLS.length; i++) {
    acc += NAME_POOLS[i].weight;
    if (percent < acc) return i;
  }
  return 0;
}

export const DEPARTMENTS = [
  'Engineering',
  'Sales',
  'Marketing',
  'Finance',
  'Human Resources',
  'Legal',
  'Support',
  'Operations',
  '研发中心',
  '市场部',
  'Продажи',
  'Recherche & Développement',
] as const;

export const GROUP_NAMES = [
  'Engineering',
  'Sales EMEA',
  'Sales APAC',
  'Marketing',
  'Finance',
  'HR',
  'Legal',
  'Support Tier 1',
  'Support Tier 2',
  '研发中心',
  '市场部',
  '東京オフィス',
  'Московский офис',
  'Équipe Paris',
  'Design',
  'Interns 2026',
  'Executives',
  'Contractors',
  'IT',
  'Data & Analytics',
] as const;

export const CLIENT_VERSIONS = [
  '6.3.11.60501(win)',
  '6.3.10.59853(mac)',
  '6.2.5.40543(ios)',
  '6.3.6.50678(android)',
  '5.17.11.34827(linux)',
  '5.9.6.4993(mac)',
] as const;

export const JOB_TITLES = ['Engineer', 'Senior Engineer', 'Account Executive', 'Designer', 'Analyst', 'Manager', '产品经理', 'Directeur', 'Инженер'] as const;
