package com.scoredesk.appeal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's limits on an appeal and the words that tell a review is not about the product. The limits are
 * ASSUMED (the platform does not publish them for review appeals): set {@code scoredesk.appeal.*} when it does.
 *
 * @param maxCharacters the longest appeal text the platform accepts
 * @param maxImages the most evidence images an appeal may carry
 * @param maxStars reviews with at most this many product stars are appealable
 * @param logisticsWords words of a review about the parcel, not the product
 * @param productWords words of a review about the product; a review with none of them and some logistics words is
 *     "unrelated to the product"
 */
@ConfigurationProperties("scoredesk.appeal")
public record AppealProperties(
        @DefaultValue("200") int maxCharacters,
        @DefaultValue("5") int maxImages,
        @DefaultValue("2") int maxStars,
        @DefaultValue({"快递", "物流", "派送", "派件", "配送", "送货", "快递员", "驿站", "包裹", "发货慢", "到货慢", "运输"})
                List<String> logisticsWords,
        @DefaultValue({
                    "质量", "做工", "面料", "布料", "材质", "味道", "口感", "尺码", "大小", "颜色", "色差", "款式", "效果", "掉色", "起球", "破损",
                    "假货", "难喝", "难看", "不好用", "好用", "质感", "版型", "商品", "东西", "衣服", "裙子", "茶"
                })
                List<String> productWords) {

    public AppealProperties {
        if (maxCharacters < 20 || maxCharacters > 2000) {
            throw new IllegalArgumentException("scoredesk.appeal.max-characters must be 20-2000");
        }
        if (maxImages < 0 || maxStars < 1 || maxStars > 5) {
            throw new IllegalArgumentException("scoredesk.appeal.max-images must be ≥ 0, max-stars 1-5");
        }
        logisticsWords = List.copyOf(logisticsWords);
        productWords = List.copyOf(productWords);
    }
}
