/**
 * Where each province-level division lies, as a latitude/longitude box: its published extreme
 * points (极点经纬度: the northernmost, southernmost, easternmost and westernmost latitude or
 * longitude), rounded outward to about a hundredth of a degree. Islands a province
 * administers are inside its box (Hainan's reaches the South China Sea islands of 三沙市).
 * Keyed by the two-digit province prefix of GB/T 2260.
 *
 * This is an approximation that needs no boundary data: a box holds its whole province and
 * some of its neighbours (a box is not the outline), so it refuses a location in the wrong part
 * of the country, never one near a border. `regions.ts` adds a margin on every side.
 */
export interface LatLngBox {
  south: number;
  north: number;
  west: number;
  east: number;
}

const box = (south: number, north: number, west: number, east: number): LatLngBox => ({ south, north, west, east });

export const PROVINCE_BOXES: Readonly<Record<string, LatLngBox>> = {
  '11': box(39.43, 41.06, 115.41, 117.51), // 北京市
  '12': box(38.56, 40.25, 116.71, 118.07), // 天津市
  '13': box(36.08, 42.62, 113.45, 119.84), // 河北省
  '14': box(34.56, 40.74, 110.23, 114.56), // 山西省
  '15': box(37.4, 53.39, 97.2, 126.07), // 内蒙古自治区
  '21': box(38.71, 43.44, 118.88, 125.77), // 辽宁省
  '22': box(40.86, 46.31, 121.63, 131.32), // 吉林省
  '23': box(43.43, 53.56, 121.18, 135.09), // 黑龙江省
  '31': box(30.66, 31.89, 120.86, 122.21), // 上海市
  '32': box(30.75, 35.34, 116.3, 121.96), // 江苏省
  '33': box(27.03, 31.19, 118.01, 123.17), // 浙江省
  '34': box(29.68, 34.64, 114.89, 119.62), // 安徽省
  '35': box(23.55, 28.34, 115.83, 120.67), // 福建省
  '36': box(24.48, 30.07, 113.56, 118.47), // 江西省
  '37': box(34.38, 38.4, 114.79, 122.71), // 山东省
  '41': box(31.38, 36.37, 110.35, 116.65), // 河南省
  '42': box(29.01, 33.1, 108.35, 116.12), // 湖北省
  '43': box(24.63, 30.14, 108.78, 114.25), // 湖南省
  '44': box(20.21, 25.52, 109.65, 117.32), // 广东省
  '45': box(20.9, 26.4, 104.46, 112.07), // 广西壮族自治区
  '46': box(3.33, 20.3, 108.61, 117.84), // 海南省 (with 三沙市)
  '50': box(28.16, 32.22, 105.18, 110.19), // 重庆市
  '51': box(26.05, 34.32, 97.35, 108.55), // 四川省
  '52': box(24.61, 29.22, 103.6, 109.59), // 贵州省
  '53': box(21.13, 29.25, 97.51, 106.19), // 云南省
  '54': box(26.83, 36.89, 78.41, 99.1), // 西藏自治区
  '61': box(31.7, 39.59, 105.48, 111.25), // 陕西省
  '62': box(32.51, 42.96, 92.21, 108.77), // 甘肃省
  '63': box(31.6, 39.32, 89.58, 103.07), // 青海省
  '64': box(35.23, 39.39, 104.28, 107.65), // 宁夏回族自治区
  '65': box(34.41, 49.17, 73.66, 96.39), // 新疆维吾尔自治区
};
