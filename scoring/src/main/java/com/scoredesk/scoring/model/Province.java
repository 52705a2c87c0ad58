package com.scoredesk.scoring.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 34 provincial-level divisions of China. Names match with or without their suffix: 新疆 = 新疆维吾尔自治区,
 * 上海 = 上海市.
 */
public enum Province {
    BEIJING("北京", "北京市"),
    TIANJIN("天津", "天津市"),
    SHANGHAI("上海", "上海市"),
    CHONGQING("重庆", "重庆市"),
    HEBEI("河北", "河北省"),
    SHANXI("山西", "山西省"),
    LIAONING("辽宁", "辽宁省"),
    JILIN("吉林", "吉林省"),
    HEILONGJIANG("黑龙江", "黑龙江省"),
    JIANGSU("江苏", "江苏省"),
    ZHEJIANG("浙江", "浙江省"),
    ANHUI("安徽", "安徽省"),
    FUJIAN("福建", "福建省"),
    JIANGXI("江西", "江西省"),
    SHANDONG("山东", "山东省"),
    HENAN("河南", "河南省"),
    HUBEI("湖北", "湖北省"),
    HUNAN("湖南", "湖南省"),
    GUANGDONG("广东", "广东省"),
    HAINAN("海南", "海南省"),
    SICHUAN("四川", "四川省"),
    GUIZHOU("贵州", "贵州省"),
    YUNNAN("云南", "云南省"),
    SHAANXI("陕西", "陕西省"),
    GANSU("甘肃", "甘肃省"),
    QINGHAI("青海", "青海省"),
    TAIWAN("台湾", "台湾省"),
    INNER_MONGOLIA("内蒙古", "内蒙古自治区"),
    GUANGXI("广西", "广西壮族自治区"),
    TIBET("西藏", "西藏自治区"),
    NINGXIA("宁夏", "宁夏回族自治区"),
    XINJIANG("新疆", "新疆维吾尔自治区"),
    HONG_KONG("香港", "香港特别行政区"),
    MACAU("澳门", "澳门特别行政区");

    private static final String[] SUFFIXES = {"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"};
    private static final Map<String, Province> BY_NAME = new HashMap<>();

    static {
        for (Province p : values()) {
            BY_NAME.put(p.shortName, p);
            BY_NAME.put(p.fullName, p);
        }
    }

    private final String shortName;
    private final String fullName;

    Province(String shortName, String fullName) {
        this.shortName = shortName;
        this.fullName = fullName;
    }

    /** 新疆, 上海. */
    public String shortName() {
        return shortName;
    }

    /** 新疆维吾尔自治区, 上海市. */
    public String fullName() {
        return fullName;
    }

    /** The province named {@code name}, with or without its suffix; empty for an unknown name. */
    public static Optional<Province> parse(String name) {
        String n = name.strip();
        Province p = BY_NAME.get(n);
        if (p != null) {
            return Optional.of(p);
        }
        for (String suffix : SUFFIXES) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                p = BY_NAME.get(n.substring(0, n.length() - suffix.length()));
                if (p != null) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
