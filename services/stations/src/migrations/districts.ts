/** Beijing's 16 county-level districts with their GB/T 2260 codes: the reference catalogue. */
export const BEIJING_DISTRICTS: { code: string; name: string; nameEn: string }[] = [
  { code: '110101', name: '东城区', nameEn: 'Dongcheng' },
  { code: '110102', name: '西城区', nameEn: 'Xicheng' },
  { code: '110105', name: '朝阳区', nameEn: 'Chaoyang' },
  { code: '110106', name: '丰台区', nameEn: 'Fengtai' },
  { code: '110107', name: '石景山区', nameEn: 'Shijingshan' },
  { code: '110108', name: '海淀区', nameEn: 'Haidian' },
  { code: '110109', name: '门头沟区', nameEn: 'Mentougou' },
  { code: '110111', name: '房山区', nameEn: 'Fangshan' },
  { code: '110112', name: '通州区', nameEn: 'Tongzhou' },
  { code: '110113', name: '顺义区', nameEn: 'Shunyi' },
  { code: '110114', name: '昌平区', nameEn: 'Changping' },
  { code: '110115', name: '大兴区', nameEn: 'Daxing' },
  { code: '110116', name: '怀柔区', nameEn: 'Huairou' },
  { code: '110117', name: '平谷区', nameEn: 'Pinggu' },
  { code: '110118', name: '密云区', nameEn: 'Miyun' },
  { code: '110119', name: '延庆区', nameEn: 'Yanqing' },
];
