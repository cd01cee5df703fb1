import type { Random } from './random.ts';

export type Gender = 'Female' | 'Male';

const surnames = [
  ['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['黄', 'Huang'],
  ['赵', 'Zhao'], ['吴', 'Wu'], ['周', 'Zhou'], ['徐', 'Xu'], ['孙', 'Sun'], ['马', 'Ma'], ['朱', 'Zhu'],
  ['胡', 'Hu'], ['郭', 'Guo'], ['何', 'He'], ['林', 'Lin'], ['罗', 'Luo'], ['高', 'Gao'], ['梁', 'Liang'],
  ['宋', 'Song'], ['郑', 'Zheng'], ['谢', 'Xie'], ['韩', 'Han'], ['唐', 'Tang'], ['冯', 'Feng'], ['许', 'Xu'],
] as const;

const givenNames: Record<Gender, readonly (readonly [string, string])[]> = {
  Female: [
    ['芳', 'Fang'], ['娜', 'Na'], ['敏', 'Min'], ['静', 'Jing'], ['丽', 'Li'], ['婷', 'Ting'], ['雪', 'Xue'],
    ['琳', 'Lin'], ['欣怡', 'Xinyi'], ['雨涵', 'Yuhan'], ['思琪', 'Siqi'], ['佳怡', 'Jiayi'], ['梦瑶', 'Mengyao'],
    ['晓燕', 'Xiaoyan'], ['慧', 'Hui'], ['颖', 'Ying'], ['诗涵', 'Shihan'], ['秀英', 'Xiuying'],
  ],
  Male: [
    ['伟', 'Wei'], ['强', 'Qiang'], ['磊', 'Lei'], ['军', 'Jun'], ['洋', 'Yang'], ['勇', 'Yong'], ['杰', 'Jie'],
    ['涛', 'Tao'], ['浩然', 'Haoran'], ['子轩', 'Zixuan'], ['宇航', 'Yuhang'], ['俊杰', 'Junjie'], ['志强', 'Zhiqiang'],
    ['建华', 'Jianhua'], ['明', 'Ming'], ['鹏', 'Peng'], ['博文', 'Bowen'], ['天宇', 'Tianyu'],
  ],
};

const englishGivenNames: Record<Gender, readonly string[]> = {
  Female: ['Emily', 'Grace', 'Sophie', 'Olivia', 'Hannah', 'Chloe', 'Vivian', 'Irene', 'Cindy', 'Amy', 'Sarah', 'Lily', 'Jessica', 'Fiona'],
  Male: ['David', 'Kevin', 'Jason', 'Michael', 'Eric', 'Daniel', 'Tony', 'Leo', 'Ryan', 'Brian', 'Peter', 'Alex', 'Oliver', 'Henry'],
};

const englishSurnames = ['Smith', 'Brown', 'Taylor', 'Walker', 'Turner', 'Patel', 'Nguyen', 'Kim', 'Müller', 'García', 'Tan', 'Lim'];

/**
 * A made-up name in one of the forms a Chinese company's HRIS holds: Chinese characters, pinyin (surname first),
 * or an English given name with a Chinese or Western surname.
 * @example makeName(createRandom(1, 'names'), 'Female') // e.g. '陈思琪', 'Chen Siqi' or 'Grace Chen'
 */
export function makeName(random: Random, gender: Gender): string {
  const [surnameHan, surnamePinyin] = random.pick(surnames);
  const [givenHan, givenPinyin] = random.pick(givenNames[gender]);
  const form = random.next();
  if (form < 0.35) return `${surnameHan}${givenHan}`;
  if (form < 0.7) return `${surnamePinyin} ${givenPinyin}`;
  const surname = random.chance(0.85) ? surnamePinyin : random.pick(englishSurnames);
  return `${random.pick(englishGivenNames[gender])} ${surname}`;
}
