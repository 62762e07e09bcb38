package org.fieldbook.service.demo;

import static org.fieldbook.service.demo.Words.cities;
import static org.fieldbook.service.demo.Words.combine;
import static org.fieldbook.service.demo.Words.industries;
import static org.fieldbook.service.demo.Words.list;
import static org.fieldbook.service.demo.Words.terms;
import static org.fieldbook.service.demo.Words.titles;

import java.util.Map;
import org.fieldbook.domain.ActivityType;

/** Demo words in Simplified Chinese (mainland China), with pinyin for e-mail addresses and web sites. */
final class SimplifiedChineseWords {
    private SimplifiedChineseWords() {
    }

    static Words words() {
        return new Words(Vocabulary.Style.SIMPLIFIED_CHINESE,
                terms("伟 wei|芳 fang|娜 na|敏 min|静 jing|丽 li|强 qiang|磊 lei|军 jun|洋 yang|勇 yong|艳 yan"
                        + "|杰 jie|娟 juan|涛 tao|明 ming|超 chao|秀英 xiuying|霞 xia|平 ping|刚 gang|桂英 guiying"
                        + "|建华 jianhua|晓东 xiaodong|志强 zhiqiang|海燕 haiyan|文博 wenbo|子涵 zihan|欣怡 xinyi"
                        + "|浩然 haoran|思远 siyuan|佳琪 jiaqi|宇轩 yuxuan|梓萱 zixuan|俊杰 junjie|雨桐 yutong"
                        + "|晨曦 chenxi|国栋 guodong|丽华 lihua|建国 jianguo|红梅 hongmei|志明 zhiming|婷婷 tingting"
                        + "|鹏 peng|辉 hui|斌 bin|琳 lin|雪 xue|慧 hui|颖 ying"),
                terms("王 wang|李 li|张 zhang|刘 liu|陈 chen|杨 yang|黄 huang|赵 zhao|吴 wu|周 zhou|徐 xu|孙 sun"
                        + "|马 ma|朱 zhu|胡 hu|郭 guo|何 he|林 lin|高 gao|罗 luo|郑 zheng|梁 liang|谢 xie|宋 song"
                        + "|唐 tang|许 xu|韩 han|冯 feng|邓 deng|曹 cao|彭 peng|曾 zeng|肖 xiao|田 tian|董 dong"
                        + "|潘 pan|袁 yuan|蔡 cai|蒋 jiang|余 yu|于 yu|杜 du|叶 ye|程 cheng|魏 wei|苏 su|吕 lv"
                        + "|丁 ding|任 ren|沈 shen"),
                combine(terms("华 hua|中 zhong|恒 heng|东 dong|金 jin|宏 hong|瑞 rui|天 tian|永 yong|博 bo|嘉 jia"
                        + "|盛 sheng|鼎 ding|启 qi|远 yuan|明 ming|安 an|德 de|鑫 xin|联 lian|众 zhong|光 guang"
                        + "|新 xin|富 fu|锦 jin|凯 kai|蓝 lan|青 qing|北 bei|南 nan|晨 chen|龙 long|泰 tai"
                        + "|昌 chang|利 li|星 xing|云 yun|海 hai|润 run|方 fang|君 jun|和 he|诚 cheng|汇 hui|万 wan"),
                        terms("信 xin|联 lian|通 tong|方 fang|桥 qiao|达 da|丰 feng|成 cheng|安 an|远 yuan|禾 he"
                        + "|世 shi|新 xin|航 hang|景 jing|德 de|泰 tai|隆 long|源 yuan|创 chuang|诚 cheng|瑞 rui"
                        + "|明 ming|兴 xing|辰 chen|力 li|腾 teng|和 he|盛 sheng|宇 yu|鼎 ding|纳 na|泽 ze|邦 bang"
                        + "|图 tu")),
                industries("制造业: 精密机械, 机械制造, 五金制品, 模具"
                        + "|物流运输: 物流, 供应链, 运输, 仓储"
                        + "|医疗健康: 医疗器械, 医药, 健康科技"
                        + "|零售: 商贸, 连锁超市, 百货"
                        + "|建筑工程: 建设工程, 建筑, 工程"
                        + "|能源: 能源, 新能源, 电力设备"
                        + "|食品饮料: 食品, 饮料, 乳业"
                        + "|酒店餐饮: 酒店管理, 餐饮管理"
                        + "|批发贸易: 贸易, 进出口, 实业"
                        + "|汽车及零部件: 汽车零部件, 汽车部件"
                        + "|化工: 化工, 新材料, 涂料"
                        + "|电子: 电子科技, 电子, 光电"
                        + "|农业: 农业科技, 农业发展"
                        + "|物业服务: 物业管理, 设施服务"),
                list("有限公司|有限公司|有限公司|股份有限公司|集团有限公司"),
                cities("上海/华东/021|杭州/华东/0571|苏州/华东/0512|南京/华东/025|宁波/华东/0574|无锡/华东/0510"
                        + "|合肥/华东/0551|青岛/华东/0532|济南/华东/0531|厦门/华东/0592|北京/华北/010|天津/华北/022"
                        + "|石家庄/华北/0311|广州/华南/020|深圳/华南/0755|东莞/华南/0769|佛山/华南/0757"
                        + "|武汉/华中/027|郑州/华中/0371|长沙/华中/0731|成都/西南/028|重庆/西南/023|西安/西北/029"
                        + "|沈阳/东北/024|大连/东北/0411"),
                list("人民路|解放路|中山路|建设路|和平路|新华路|长江路|黄河路|工业大道|科技园路|滨江大道|光明路"
                        + "|创业路|开发区大道|高新大道|东风路"),
                titles("总经理/管理层/3|副总经理/管理层/3|财务总监/财务部/3|运营总监/运营部/3|采购经理/采购部/2"
                        + "|厂长/生产部/2|生产经理/生产部/2|设备经理/设备部/2|IT经理/信息部/2|行政经理/行政部/2"
                        + "|采购专员/采购部/1|仓库主管/物流部/1|设备工程师/设备部/1|安全主管/安环部/1|项目经理/项目部/1"),
                list("叉车车队更新|仓库扫码设备|预防性维护合同|输送线改造|包装线升级|安全培训项目|物联网传感器试点"
                        + "|备件框架协议|能耗监测系统|冷链温控监测|车队管理系统|安装调试服务|操作员培训|远程监控平台"
                        + "|货架系统"),
                list("维保合同续签|新增厂区推广|升级至全天候支持|追加传感器套件|操作员复训|二期项目"),
                list("价格过高|选择了竞争对手|没有预算|客户未决策，失去联系|项目延期|功能不满足需求"),
                Map.of(ActivityType.CALL, list("与{contact}初次通话|跟进电话|与{contact}沟通报价|例行回访电话"),
                        ActivityType.EMAIL, list("发送产品资料|向{contact}发送方案|跟进邮件|发送客户案例|发送修订报价"),
                        ActivityType.MEETING, list("需求调研会|为{contact}做产品演示|方案评审会|商务谈判会|项目启动会"),
                        ActivityType.VISIT, list("客户现场拜访|与{contact}参观工厂|现场评估|季度业务回顾"),
                        ActivityType.TASK, list("准备报价单|发送合同草案|更新技术需求|预约演示设备|索取参考客户"),
                        ActivityType.NOTE, list("{contact}确认了预算|竞争对手也在参与|董事会后做决定")),
                list("有兴趣，需要报价|需管理层批准|已确认下一步|要求折扣|已留言|无人接听"),
                list("视频会议|我司办公室"),
                list("%s销售部|大客户部"),
                list("偏好邮件沟通|上午方便联系|展会上认识|微信联系更快"));
    }
}
