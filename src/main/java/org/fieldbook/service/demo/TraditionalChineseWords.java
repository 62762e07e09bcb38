package org.fieldbook.service.demo;

import static org.fieldbook.service.demo.Words.cities;
import static org.fieldbook.service.demo.Words.combine;
import static org.fieldbook.service.demo.Words.industries;
import static org.fieldbook.service.demo.Words.list;
import static org.fieldbook.service.demo.Words.terms;
import static org.fieldbook.service.demo.Words.titles;

import java.util.Map;
import org.fieldbook.domain.ActivityType;

/** Demo words in Traditional Chinese (Taiwan), with the romanisation Taiwanese names use in e-mail addresses. */
final class TraditionalChineseWords {
    private TraditionalChineseWords() {
    }

    static Words words() {
        return new Words(Vocabulary.Style.TRADITIONAL_CHINESE,
                terms("志明 chihming|淑芬 shufen|家豪 chiahao|雅婷 yating|俊傑 chunchieh|怡君 yichun"
                        + "|建宏 chienhung|美玲 meiling|宗翰 tsunghan|佩君 peichun|承恩 chengen|詩涵 shihhan"
                        + "|冠宇 kuanyu|欣怡 hsinyi|柏翰 pohan|宜蓁 yichen|明輝 minghui|麗華 lihua|文傑 wenchieh"
                        + "|淑惠 shuhui|信宏 hsinhung|雅雯 yawen|偉倫 weilun|佳穎 chiaying|子軒 tzuhsuan"
                        + "|玉珍 yuchen|國華 kuohua|秀英 hsiuying|振宇 chenyu|惠雯 huiwen|家銘 chiaming"
                        + "|筱涵 hsiaohan|哲瑋 chewei|思妤 szuyu|彥廷 yenting|郁婷 yuting"),
                terms("陳 chen|林 lin|黃 huang|張 chang|李 lee|王 wang|吳 wu|劉 liu|蔡 tsai|楊 yang|許 hsu"
                        + "|鄭 cheng|謝 hsieh|郭 kuo|洪 hung|曾 tseng|邱 chiu|廖 liao|賴 lai|周 chou|徐 hsu"
                        + "|蘇 su|葉 yeh|莊 chuang|呂 lu|江 chiang|何 ho|蕭 hsiao|羅 lo|高 kao"),
                combine(terms("華 hua|冠 kuan|興 hsing|豐 feng|聯 lien|嘉 chia|偉 wei|慶 ching|昇 sheng|群 chun"
                        + "|泰 tai|順 shun|榮 jung|瑞 jui|佳 chia|康 kang|元 yuan|立 li|宏 hung|昌 chang|展 chan"
                        + "|恆 heng|萬 wan|祥 hsiang|德 te|久 chiu|新 hsin|志 chih|東 tung|南 nan|北 pei|金 chin"
                        + "|天 tien|隆 lung|合 ho|鴻 hung|益 yi|振 chen|旭 hsu|岳 yueh|晟 cheng|璟 ching|峰 feng"),
                        terms("信 hsin|宏 hung|達 ta|源 yuan|豐 feng|陽 yang|盛 sheng|昇 sheng|益 yi|和 ho|發 fa"
                        + "|昌 chang|亨 heng|億 yi|通 tung|順 shun|揚 yang|遠 yuan|橋 chiao|成 cheng|興 hsing"
                        + "|運 yun|德 te|裕 yu|勝 sheng")),
                industries("製造業: 精密機械, 機械, 五金, 模具"
                        + "|物流運輸: 物流, 運輸, 倉儲"
                        + "|醫療健康: 醫療器材, 生技, 醫藥"
                        + "|零售: 百貨, 量販, 商行"
                        + "|營建工程: 營造, 建設, 工程"
                        + "|能源: 能源, 綠能, 電力"
                        + "|食品飲料: 食品, 飲料, 乳品"
                        + "|餐旅: 飯店, 餐飲"
                        + "|批發貿易: 貿易, 實業, 國際"
                        + "|汽車零組件: 汽車零件, 車料"
                        + "|化工: 化學, 塑膠, 塗料"
                        + "|電子: 電子, 光電, 半導體設備"
                        + "|農業: 農產, 農業科技"
                        + "|物業服務: 物業管理, 環境服務"),
                list("股份有限公司|股份有限公司|股份有限公司|有限公司|企業有限公司"),
                cities("台北市/北部/02|新北市/北部/02|基隆市/北部/02|桃園市/北部/03|新竹市/北部/03|宜蘭縣/東部/03"
                        + "|台中市/中部/04|彰化縣/中部/04|南投縣/中部/049|雲林縣/南部/05|嘉義市/南部/05"
                        + "|台南市/南部/06|高雄市/南部/07|屏東縣/南部/08|花蓮縣/東部/03"),
                list("中山路|中正路|民生路|民權路|復興路|建國路|光復路|忠孝路|和平路|文化路|工業路|科技路"
                        + "|成功路|自由路|中華路|民族路"),
                titles("總經理/管理部/3|副總經理/管理部/3|財務長/財務部/3|營運長/營運部/3|採購經理/採購部/2"
                        + "|廠長/生產部/2|生產經理/生產部/2|設備經理/設備部/2|資訊經理/資訊部/2|行政經理/行政部/2"
                        + "|採購專員/採購部/1|倉儲主管/物流部/1|設備工程師/設備部/1|工安主管/工安室/1|專案經理/專案部/1"),
                list("堆高機車隊汰換|倉儲條碼設備|預防性保養合約|輸送線改造|包裝線升級|安全訓練專案|物聯網感測器試點"
                        + "|備品框架協議|能源監控系統|冷鏈溫度監控|車隊管理系統|安裝試車服務|操作員訓練|遠端監控平台"
                        + "|倉儲貨架系統"),
                list("保養合約續約|新廠區導入|升級全天候支援|加購感測器套件|操作員複訓|二期專案"),
                list("價格過高|選擇競爭對手|沒有預算|客戶未決定，失去聯繫|專案延後|功能不符需求"),
                Map.of(ActivityType.CALL, list("與{contact}初次通話|追蹤電話|與{contact}討論報價|例行關懷電話"),
                        ActivityType.EMAIL, list("寄送產品型錄|寄送提案給{contact}|追蹤郵件|寄送客戶案例|寄送修正報價"),
                        ActivityType.MEETING, list("需求訪談會議|為{contact}進行產品展示|提案審查會議|商務議價會議"
                                + "|專案啟動會議"),
                        ActivityType.VISIT, list("客戶現場拜訪|與{contact}參觀工廠|現場評估|季度業務檢討"),
                        ActivityType.TASK, list("準備報價單|寄送合約草稿|更新技術需求|預約展示設備|索取參考客戶"),
                        ActivityType.NOTE, list("{contact}確認預算|競爭對手也參與評估|董事會後決定")),
                list("有興趣，需要報價|需主管核准|已確認下一步|要求折扣|已留言|無人接聽"),
                list("視訊會議|本公司辦公室"),
                list("%s業務部|大客戶部"),
                list("偏好以電子郵件聯繫|上午較方便聯絡|展覽上認識|用LINE聯絡較快"));
    }
}
