/** Chinese labels with English beside them for the enums the dashboard shows. */
export const STATION_KIND: Record<string, string> = {
  WARM_STATION: '暖心驿站 Warm station',
  RIDER_HOME: '骑手之家 Rider home',
  PARTY_SERVICE_CENTER: '党群服务中心 Party-mass centre',
  UNION_POST: '工会驿站 Union post',
  DRIVER_HOME: '司机之家 Driver home',
  FRIENDLY_MERCHANT: '友好商户 Friendly merchant',
};

export const REPORT_CATEGORY: Record<string, string> = {
  EBIKE_INDOOR_CHARGING: '电动车入户充电 E-bike charging indoors',
  FIRE_HAZARD: '火灾隐患 Fire hazard',
  BLOCKED_FIRE_EXIT: '消防通道堵塞 Blocked fire exit',
  INFRASTRUCTURE: '设施损坏 Infrastructure',
  SANITATION: '环境卫生 Sanitation',
  TRAFFIC_SAFETY: '交通安全 Traffic safety',
  PRODUCTION_SAFETY: '生产安全 Production safety',
  PUBLIC_ORDER: '公共秩序 Public order',
  OTHER: '其他 Other',
};

export const REPORT_STATUS: Record<string, string> = {
  SUBMITTED: '已提交 Submitted',
  ACCEPTED: '已受理 Accepted',
  DISPATCHED: '已派单 Dispatched',
  RESOLVED: '已办结 Resolved',
  REJECTED: '未受理 Rejected',
  DUPLICATE: '重复 Duplicate',
};

export const label = (labels: Record<string, string>, key: string) => labels[key] ?? key;
