"""The hand edits that turned each ChinaXiv draft (prep_chinaxiv.py output) into its content file.

Kept as a record of what was changed by hand; the committed content files are the source the
build uses. usage: prep_papers.py DRAFTDIR NAME   (DRAFTDIR holds <ChinaXiv id>.paper drafts)
"""

from __future__ import annotations

import os
import sys

from finish import finish

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = os.path.join(HERE, "..", "content")


def note(ident: str, title: str, extra: str) -> str:
    return (
        f"%% Source: ChinaXiv {ident}V1, {title} (CC BY 4.0), text from\n"
        f"%% github.com/DreamBlooms/ChinaXiv-201601-to-202209 md/ChinaXiv-{ident}V1.md.\n"
        "%% Prepared by hand from the OCR text: LaTeX math flattened, headings and reference list\n"
        f"%% split, citation marks set as in the source journal. {extra}\n"
    )


SPECS = {}

SPECS["cx-exosome-tumour-marker"] = dict(
    ident="201901.00122",
    start="20世纪80年代",
    heads={"1.1": "外泌体的主要组成", "1.2": "外泌体的形成与内容物的选择", "1.3": "外泌体的生理功能",
           "2.1": "肺癌", "2.2": "胰腺癌", "2.3": "结直肠癌", "2.5": "卵巢癌", "2.6": "前列腺癌",
           "2.7": "膀胱癌", "2.8": "乳腺癌", "2.9": "其它肿瘤"},
    fixes=[("Johnstone等[1在", "Johnstone等[1]在"), ("（如CD63、CD9等）[]；", "（如CD63、CD9等）；"),
           ("[[14,15]", "[14,15]"), ("Hiroko等[3的研究", "Hiroko等[36]的研究"), ("[4.5]", "[4,5]"),
           (" β -catenin", "β-catenin"), ("ESCRT（endosomal- sorting", "ESCRT（endosomal-sorting")],
    front=note("201901.00122", "外泌体作为肿瘤标志物的研究进展",
               "OCR slips mended: [1在, [3的, [[14,15], 45oooo.") + """@header 外泌体作为肿瘤标志物的研究进展
@header-first 综　述
@title 外泌体作为肿瘤标志物的研究进展
@authors 刘艳^{1,2}，戴鹏^{2}，朱运峰^{1*}
@affil （1. 北京交通大学生命科学与生物工程研究院，北京 100044；2. 河南省华之源生物技术有限公司，郑州 450000）
@abstract 摘要 | 外泌体是细胞内源性囊泡样生物纳米级膜结构，直径大小在40-100 nm之间，可由各种类型的细胞分泌释放。外泌体具有许多功能，如蛋白质、mRNA、miRNA和脂类的细胞间运输和传递，以及抗原递呈，还可能具有致癌的能力。肿瘤细胞所分泌释放的外泌体在肿瘤的发生、发展以及迁移等生理和病理过程中发挥重要的作用。目前从肿瘤外泌体中寻找特异性标志物已成为肿瘤研究者重点关注的方向，对肿瘤早期诊断、疗效评价和预后分析具有重要的意义。本文作者就近年来外泌体在肿瘤研究和诊断中研究进展进行综述。
@keywords 关键词 | 肿瘤；外泌体；分子标志物
@title-en Research Progress of Exosome as Tumor Marker
@authors-en LIU Yan^{1,2}, DAI Peng^{2}, ZHU Yun-feng^{1*}
@affil-en (1. College of Life Sciences and Bioengineering, Beijing Jiaotong University, Beijing 100044, China; 2. Henan Province OriginBio Biotechnology Co., Ltd., Zhengzhou 450000, China)
@abstract-en Abstract | Exosomes are naturally occurring biological nanomembranous vesicles (40 to 100 nm) of endocytic origin that are released into the extracellular space from diverse cell types. They have pleiotropic functions such as antigen presentation, intercellular transfer of protein, RNA and lipids. The exosomes secreted by tumor cells play an important role in the physiological and pathological processes which are involved in the occurrence, development and migration of tumors. At present, given the important significance for early diagnosis, for efficacy evaluation and prognosis analysis, the identification for specific markers from tumor exosomes has become the focus of cancer researchers. The authors reviewed recent advances of exosome in basic research as well as its application in cancer diagnosis.
@keywords-en Key words | tumor; exosome; molecular marker
""",
)

SPECS["cx-mir101-colorectal"] = dict(
    ident="201712.00909",
    start="MicroRNAs(miRNAs）",
    end="# 参考文献",
    heads={},
    fixes=[("平板克隆的形成率dotPhi=dotPhi形成克隆数目", "平板克隆的形成率=形成克隆数目"),
           ("37 degreeC水浴", "37 °C水浴"), ("( mathcalP< 0.01)", "(P< 0.01)"), ("（ ?2000 r/min", "（2000 r/min"),
           ("表1CCK-8增殖实验检测miR-101对SW620细胞增殖的影响Tab.1 The effevtion of overexpression miR-101 on SW620 by CCK8 assays\n\n@table tX\ncaption 表X",
            "@table t1\ncaption 表1 CCK-8增殖实验检测miR-101对SW620细胞增殖的影响\ncaption Tab.1 The effevtion of overexpression miR-101 on SW620 by CCK8 assays\nwidths 0.16 0.19 0.19 0.19 0.14 0.13"),
           ("\n@table tX\ncaption 表X\nhead Cycle", "\n@table t2\ncaption 表2 流式细胞仪分析过表达miR-101后对结直肠癌细胞SW620各组细胞周期的影响\ncaption Tab.2 The efection to colorectal cancer cell cycle with overexpression miR-101 in SW620 by flow cytometry\nwidths 0.16 0.19 0.19 0.19 0.14 0.13\nhead Cycle"),
           ("row G\t0.3789", "row G1\t0.3789"), ("row G\t0.1090", "row G2/M\t0.1090")],
    drop=("表2流式细胞仪分析",),
    front=note("201712.00909", "miR-101对结直肠癌细胞SW620生物学特性的影响",
               "The English abstract of the source is unreadable OCR and is left out; table 2 row "
               "labels G1 and G2/M restored from the text.") + """@header 刘燕，等. miR-101对结直肠癌细胞SW620生物学特性的影响
@header-first 基础研究
@title miR-101对结直肠癌细胞SW620生物学特性的影响
@authors 刘燕^{1}，陆滟霞^{2}，周敏^{2}，郑林^{2}，李学农^{2}
@affil 1. 川北医学院病理学系，四川 南充 637000；2. 南方医科大学病理学系//广东省分子肿瘤病理学重点实验室，广东 广州 510515
@abstract 摘要： | 目的 探讨miR-101对结直肠癌细胞SW620增殖、凋亡及细胞周期的影响。方法 利用CCK8法、平板克隆形成实验、细胞周期、细胞凋亡方法分别检测SW620、GV209-SW620、mir101-SW620 3组细胞的生物学特性。结果 CCK8比色法结果显示SW620各组细胞生长时间水平差异具有显著性（F=4152，P<0.001），细胞增殖能力组间有显著性差异（F=10220，P<0.001）。平板克隆实验的结果为SW620空白对照组、GV209-SW620对照组和mir101-SW620组的克隆形成率分别为：44.33%、48.17%、35.17%。SW620 3组细胞间的克隆形成能力差异具有统计学意义（F=73.015，P<0.001）。细胞周期分析发现SW620各组细胞间其G1、S、G2/M期存在着统计学差异（F=45.974，P=0.019；F=122.139，P=0.000；F=115.171，P=0.000）。除了SW620和GV209-SW620的G2期分布无统计学差异外（P=0.441），其余各组G1、G2/M期均有统计学差异（P<0.01）；与SW620和GV209-SW620相比，mir101-SW620组出现了明显的G1和G2/M期周期阻滞。细胞凋亡实验发现SW620细胞各组细胞凋亡率差异有统计学意义（F=6115，P<0.001），各组进行两两比较，均有统计学差异（P<0.01）。与SW620空白细胞组、GV209-SW620对照组相比，miR-101过表达组细胞凋亡率增加（P<0.05）。结论 miR-101能够抑制结直肠癌细胞SW620的增殖，细胞G1和G2/M期周期阻滞及促进细胞凋亡。
@keywords 关键词： | 结直肠癌；miR-101；SW620；增殖；凋亡；细胞周期；生物学特性
@title-en Effect of miR-101 on biological characteristics of colorectal cancer cell line SW620
@keywords-en Key words: | colorectal cancer cells; miR-101; SW620 cells; proliferation; apoptosis; cell cycle
""",
)

SPECS["cx-mir223-ccrcc"] = dict(
    ident="201712.01140",
    start="肾细胞癌是起源于",
    heads={},
    fixes=[("Stem-loop RT引物0.5 μupdownarrow，", "Stem-loop RT引物0.5 μl，"),
           ("按以下程序逆转16 °C×30 *min;42 °C×45 *min;85 °C×5 *min°", "按以下程序逆转16 °C×30 min;42 °C×45 min;85 °C×5 min。"),
           ("按以下扩增程序：95 9C 30 s 95 °C 5 s", "按以下扩增程序：95 °C 30 s，95 °C 5 s"),
           ("溶解曲线程序：95 % 60 s,55 % 10 s 55 °Cl0 sTheta。", "溶解曲线程序：95 °C 60 s,55 °C 10 s，55 °C 10 s。"),
           ("37 %（204号CO2培养", "37 °C CO2培养"),
           ("该实\n\n验重复3次。", "该实验重复3次。"),
           ("发挥其生物学作用[5]", "发挥其生物学作用[5]。"),
           ("其发生发展的机制尚未完全明确2。", "其发生发展的机制尚未完全明确[2]。"),
           ("表146例肾透明细胞癌患者部分临床特征Tab.1 Clinical characteristics of the 46 ccRcc patients\n\n@table tX\ncaption 表X",
            "@table t1\ncaption 表1 46例肾透明细胞癌患者部分临床特征\ncaption Tab.1 Clinical characteristics of the 46 ccRcc patients\nwidths 0.27 0.2 0.35 0.18")],
    ref_fixes=[("[1］", "[1]"), ("[3」", "[3]"), (" (起旦伯)", "")],
    front=note("201712.01140", "miR-223在肾透明细胞癌中的表达与功能",
               "The OCR's run-together author/affiliation line is split; unreadable unit strings in "
               "the methods (μupdownarrow, 9C, Theta) restored as μl and °C; the English abstract of "
               "the source is unreadable OCR and is left out.") + """@header 牛少曦，等. miR-223在肾透明细胞癌中的表达与功能
@title miR-223在肾透明细胞癌中的表达与功能
@authors 牛少曦，马鑫，张瑜，巩会杰，高宇，李新涛，沈东来，王雷，姚远新，张旭
@affil 中国人民解放军总医院泌尿外科//中国人民解放军总医院肾脏疾病国家重点实验室，北京
@abstract 摘要： | 目的 探讨miR-223在肾透明细胞癌中的表达与功能。方法 用real-time RT-PCR法检测miR-223在肾透明细胞癌组织和瘤旁组织中的表达以及细胞系中miR-223的表达量。用transwell迁移实验和划痕实验测转染miR-223模拟物的786-O细胞的迁徙能力，MTS法测其增殖情况，流失细胞仪分析其细胞周期。并用SPSS统计软件分析其临床数据与miR-223表达量的关系。结果 miR-223在肾透明细胞癌组织和细胞系中的表达量高于瘤旁组织和正常肾小管上皮细胞（P=0.0003），其miR-223的表达量与肿瘤的大小有关，肿瘤直径大于4 cm的肿瘤miR-223表达量升高（P=0.0028）。转染miR-223模拟物的786-O细胞transwell细胞迁移数比对照组多（P<0.0001），划痕实验显示实验组愈合能力比对照组快，增殖实验表明实验组增殖速度快于对照组（P=0.006），细胞周期显示实验组细胞G1期减少，S期细胞增加，提示处于增殖的细胞数多（P<0.05）。结论 miR-223可能起着促进肾透明细胞癌发生发展的作用，可能是抗肾透明细胞癌治疗的新的抗癌靶标。
@keywords 关键词： | miR-223；肾透明细胞癌；迁移；增殖
@title-en Expression of miR-223 in clear cell renal cell carcinoma and its significance
@keywords-en Key words: | miR-223; clear cell renal cell carcinoma; migration; proliferation
""",
)

SPECS["cx-mir200a-colorectal"] = dict(
    ident="201712.01117",
    start="结直肠癌(colorectalcarcinnoma",
    heads={},
    fixes=[("与CRC存在紧密的关系[-4]", "与CRC存在紧密的关系[1-4]"),
           ("人类CRC细 胞 系HCT116", "人类CRC细胞系HCT116"), ("置于37 % CO培养箱内", "置于37 °C CO培养箱内"),
           ("紫外分光光度计法测定RNA浓度， -20 circC保存备用", "紫外分光光度计法测定RNA浓度，-20 °C保存备用"),
           ("以Folds ;=2-ΔΔCt表示", "以Folds=2-ΔΔCt表示"), ("置于37 barC,50 ml/L CO2中培养箱中", "置于37 °C,50 ml/L CO2中培养箱中"),
           ("下室加入500 μμμ 含10%胎牛血清", "下室加入500 μl含10%胎牛血清"), ("调亡指数varXi调亡细胞数", "调亡指数=调亡细胞数"),
           ("比较采用两独立样本Phit检验", "比较采用两独立样本t检验"),
           ("2.1miR-200a在人CRC细胞系中的表达", "## 2.1 miR-200a在人CRC细胞系中的表达"),
           ("（F=119.464，P=0.000rangle 10NC组和blank组穿孔数无显著差异( itP=0.196，图2)。2.5miR-200a对Lovo细胞凋亡的影响",
            "（F=119.464，P=0.000）。NC组和blank组穿孔数无显著差异(P=0.196，图2)。\n\n## 2.5 miR-200a对Lovo细胞凋亡的影响"),
           ("NC组和blank组凋亡率无显著差异( scriptstyleP=0.424，图3)。2.6miR-200a对Lovo细胞同质性粘附能力的影响",
            "NC组和blank组凋亡率无显著差异(P=0.424，图3)。\n\n## 2.6 miR-200a对Lovo细胞同质性粘附能力的影响"),
           ("与肿瘤生长速度和转移密切相关[26。", "与肿瘤生长速度和转移密切相关[26]。"),
           ("转移的前提[2。", "转移的前提。"), ("受到抑制[1o]", "受到抑制[10]"),
           ("NC组和 *miR-200a组细胞", "NC组和miR-200a组细胞")],
    ref_fixes=[(" (编辑.孙昌明)", "")],
    front=note("201712.01117", "miR-200a在结直肠癌细胞系中的表达及其对高转移细胞系Lovo的影响",
               "Headings run into paragraphs are split; unit and formula slips (circC, barC, μμμ, "
               "varXi, Phit, rangle) mended; one citation number the OCR cut off is dropped; the "
               "English abstract of the source is unreadable OCR and is left out.") + """@header 吴共发，等. miR-200a在结直肠癌细胞系中的表达及其对高转移细胞系Lovo的影响
@title miR-200a在结直肠癌细胞系中的表达及其对高转移细胞系Lovo的影响
@authors 吴共发^{1}，赵海燕^{2}，何楠^{3}，韩慧霞^{4}
@affil ^{1}增城市人民医院病理科，广东 增城 511300；^{2}深圳市龙岗中心医院病理科，广东 深圳 518116；^{3}郑州市儿童医院病理科，河南 郑州 450053；^{4}南方医科大学基础医学院病理学系，广东 广州 510515
@abstract 摘要： | 目的 检测结肠癌细胞系中miR-200a对高转移细胞系Lovo的影响。方法 采用荧光定量PCR法检测6种结肠癌细胞系HCT116、HT29、LS174T、SW480、SW620和Lovo中miR-200a的表达水平，在高转移细胞系Lovo中瞬时转染miR-200a mimics使其高表达miR-200a，检测高表达miR-200a后Lovo细胞增殖、迁移、细胞同质黏附能力和凋亡等情况的变化。结果 miR-200a在6种细胞系中存在差异性表达，其中具有高转移潜能的Lovo中表达最低，成瘤但不转移的细胞系HCT116表达最高。在Lovo细胞高表达miR-200a后，Lovo细胞的增殖和迁移能力明显减弱、细胞同质黏附能力增强且凋亡增加。结论 miR-200a在结肠癌细胞系中表达失常，其作用可能与结肠癌细胞的侵袭和转移有关，高表达miR-200a能抑制Lovo细胞增殖和迁移、增强细胞间黏附能力、促进凋亡，其分子机制有待进一步研究。
@keywords 关键词： | miR-200a；结肠癌；增殖；迁移；凋亡；粘附
""",
)

SPECS["cx-mir362-lung"] = dict(
    ident="201711.02711",
    start="肺癌是我国常见的",
    heads={},
    fixes=[("居首位的恶性肿瘤[]。", "居首位的恶性肿瘤[1]。"), ("诱导细胞增殖和凋亡耐受[；然而", "诱导细胞增殖和凋亡耐受[6]；然而"),
           ("motif，PAM）相邻[1]，常用的PAM", "motif，PAM）相邻[11]，常用的PAM"),
           ("DNA缺□", "DNA缺口"), ("其中ⅡI型系统", "其中Ⅱ型系统"), ("反应条件: 95°C（204号5min；", "反应条件: 95°C 5min；"),
           ("miScript SYBR superscriptregistered Green PCR Kit（QIAGEN）", "miScript SYBR® Green PCR Kit（QIAGEN）"),
           ("miScriptSYBR superscriptregistered Green PCR Kit(QIAGEN)", "miScriptSYBR® Green PCR Kit(QIAGEN)"),
           ("### 1.2.1 .质粒构建", "### 1.2.1 质粒构建"),
           ("## 2.495 -D-KD细胞的基因序列特点分析", "## 2.4 95-D-KD细胞的基因序列特点分析"),
           ("通过PCR\n\n扩增了95-D-KD基因组", "通过PCR扩增了95-D-KD基因组"), ("我们用transwel1方法", "我们用transwell方法"),
           ("# 表1文中引物名称及序列\n\nTable1Primers and sequences in this text\n\n@table tX\ncaption 表X\nhead Primers\tSequences (5'-3\")",
            "@table t1\ncaption 表1 文中引物名称及序列\ncaption Table 1 Primers and sequences in this text\nwidths 0.3 0.7\nhead Primers\tSequences (5'-3')"),
           ("@end\n\n@table tX\ncaption 表X\nhead gRNA6 F", "row gRNA6 F")],
    drop=("Fig1 Construction", "A．通过同源重组", "A.Schematic diagram", "# 作者简介", "罗丹11", "（1北京交通大学", "*Corresponding"),
    front=note("201711.02711", "应用CRISPR/Cas9技术构建miR-362敲除的95-D肺癌细胞株",
               "Level-3 headings typeset as headings; the primer table the OCR cut in two is one "
               "table; figure captions left out (no figures); citation numbers the OCR lost are "
               "restored from their order ([1], [6], [11]); the English title block and abstract "
               "stand after the references as in many Chinese journals.") + """@header 罗丹，等. 应用CRISPR/Cas9技术构建miR-362敲除的95-D肺癌细胞株
@header-first 研究论文
@title 应用CRISPR/Cas9技术构建miR-362敲除的95-D肺癌细胞株
@authors 罗丹^{1}，王莉娟^{2}，孙秀璇^{2}，张征^{2}，陈志南^{1*}
@affil （1. 北京交通大学理学院生命科学与生物工程研究院，北京 100044；2. 第四军医大学细胞工程研究中心，西安 710032）
@abstract 摘要： | 目的 运用CRISPR/Cas9基因编辑技术，建立miR-362基因敲除的95-D肺癌细胞株，并研究miR-362在肿瘤中的调控作用。方法 针对人源miR-362基因序列设计gRNA，构建px330-gRNA载体；T7E1 assay确定gRNA的有效性。分别扩增miR-362上下游同源臂序列构建donor载体。利用脂质体将CRISPR系统和donor载体共转至人肺癌细胞系95-D，通过同源重组方法将筛选标志基因整合至基因组中，通过流式分选以及qPCR方法检测筛选出的细胞中miR-362表达水平。利用Transwell分析miR-362对细胞运动能力的影响。结果 与95-D细胞相比，95-D-KnockDown细胞中miR-362表达水平显著降低，且迁移侵袭能力分别下降了53.1%（p=0.0006）和48.3%（p=0.0002）。结论 利用CRISPR/Cas9系统成功构建了miR-362基因敲除的95-D细胞，miR-362可促进细胞的运动能力，为后续研究miR-362在肿瘤中的作用机制和功能奠定了基础。
@keywords 关键词： | miR-362；95-D；CRISPR/Cas9；侵袭；迁移
""",
    back="""@title-en Construction of miR-362 knockdown 95-D cell line by CRISPR/Cas9 technology
@authors-en LUO Dan^{1}, WANG Li-juan^{2}, SUN Xiu-xuan^{2}, ZHANG Zheng^{2}, CHEN Zhi-nan^{1*}
@affil-en (1. College of Life Science and Bioengineering, School of Science, Beijing Jiaotong University, Beijing 100044, China; 2. Cell Engineering Research Center, The Fourth Military Medical University, Xi'an 710032, China)
@abstract-en Abstract: | Objective: to construct miR-362 knockdown 95-D cells by using CRISPR/Cas9 genome engineering technology, and study the function of miR-362 in cancer. Methods: gRNA sequences targeting the miR-362 gene were selected. Px330-gRNA recombination plasmids were constructed and the validity were evaluated by T7E1 assay. Left and right arms of miR-362 were amplified from genomic DNA by PCR, and sequentially cloned into the donor vector. The CRISPR/Cas9 system and donor vector were co-transfection into 95-D cells, and the selection system that allows for marker genes were integrated into the genome through homologous recombination (HR). The expression of miR-362 of 95-D-KnockDown cells sorted through FACS was detected by qPCR, and the migration and invasion were determined by Transwell assay. Results: Compared with 95-D cells, the expression of miR-362 in 95-D-KD cells was significantly down-regulated, and down-regulation of miR-362 expression can suppress the cell migration and invasion capacity of 95-D-KD cells. Conclusion: The miR-362 knockdown lung cancer cell line (95-D-KD cells) had been successfully constructed by using CRISPR/Cas9 system, which lays the foundation for further study of the mechanism and function of miR-362 in cancers.
@keywords-en Key words: | miR-362; 95-D; CRISPR/Cas9; invasion; migration
""",
)

SPECS["cx-mir100-ovarian"] = dict(
    ident="201712.00723",
    start="卵巢癌是严重威胁女性健康",
    heads={},
    fixes=[("死亡率居妇科肿瘤首位[。", "死亡率居妇科肿瘤首位[1]。"), ("的敏感性及预后[5-6。", "的敏感性及预后[5-6]。"),
           ("3×103.个细胞孔，次日，加入终浓度分别为2,4,8,16,32,64 :μg/mL", "3×10^{3}个细胞/孔，次日，加入终浓度分别为2,4,8,16,32,64 μg/mL"),
           ("顺铂的半数抑制浓度 .IC50.。", "顺铂的半数抑制浓度(IC50)。"),
           ("以3.5×105个孔接种于6孔板培养", "以3.5×10^{5}个/孔接种于6孔板培养"),
           ("反应条件：42 ° C 15 min 95 c3 mino(hatz 3)实时荧光定量PCR反应", "反应条件：42 °C 15 min，95 °C 3 min；(3)实时荧光定量PCR反应"),
           ("以2-triangletriangle ct表示", "以2^{-ΔΔCt}表示"),
           ("其中beginarrayrtriangletriangleCt=(Ct*miRsubstack-100-Ct U6)dotendarray实验组", "其中ΔΔCt=(CtmiR-100-CtU6)实验组"),
           ("3×103个细胞孔，次日，加入终浓度分别为2、4、8、16、32.64 μg/mL", "3×10^{3}个细胞/孔，次日，加入终浓度分别为2、4、8、16、32、64 μg/mL"),
           ("计量资料用均数stackrel·± 标准差表示，两组间比较采用成组Phit检验", "计量资料用均数±标准差表示，两组间比较采用成组t检验"),
           ("2.1SKOV3/DDP细胞的顺铂耐药指数", "## 2.1 SKOV3/DDP细胞的顺铂耐药指数"),
           ("2.3转染后SKOV3/DDP细胞顺铂半数抑制浓度(IC50) 0的变化", "## 2.3 转染后SKOV3/DDP细胞顺铂半数抑制浓度(IC50)的变化"),
           ("抑制肿瘤的发生发展[1-15]", "抑制肿瘤的发生发展[11-15]"), ("袁等7研究发现", "袁等[17]研究发现"), ("Feng等[18研究发现", "Feng等[18]研究发现"),
           ("表1转染后各组细胞顺铂IC50变化Tab.1 IC50 of cisplatin in each group after transfection (Mean±SD)\n\n@table tX\ncaption 表X",
            "@table t1\ncaption 表1 转染后各组细胞顺铂IC50变化\ncaption Tab.1 IC50 of cisplatin in each group after transfection (Mean±SD)\nwidths 0.5 0.5"),
           ("6.44±0.09a", "6.44±0.09^{a}"), ("10.22±0.15b", "10.22±0.15^{b}"),
           ("@end\n\naP<0.001 compared with NC group, bP<0.001 compared with inhibitor NC group.",
            "note ^{a}P<0.001 compared with NC group, ^{b}P<0.001 compared with inhibitor NC group.\n@end")],
    front=note("201712.00723", "miR-100在上皮性卵巢癌顺铂耐药细胞中的表达及其与耐药的关系",
               "Formula and unit slips (triangletriangle, beginarray, 95 c3 mino, stackrel, Phit) "
               "mended; superscripts the OCR flattened restored (3×10^{3}, 2^{-ΔΔCt}, table marks a, "
               "b); citation numbers the OCR cut restored from their order; the English abstract of "
               "the source is unreadable OCR and is left out.") + """@header 郭鹏，等. miR-100在上皮性卵巢癌顺铂耐药细胞中的表达及其与耐药的关系
@header-first 临床研究
@title miR-100在上皮性卵巢癌顺铂耐药细胞中的表达及其与耐药的关系
@authors 郭鹏，彭冬先，熊翔鹏，张赛男
@affil 南方医科大学珠江医院妇产科，广东 广州 510282
@abstract 摘要： | 目的 研究微小RNA-100(miR-100)在人上皮性卵巢癌顺铂耐药细胞中的表达及其与顺铂耐药的关系。方法 脂质体lipofectamine 2000介导成熟miR-100模拟物(mimics)及阴性对照片段(NC)、阻遏物(inhibitor)及阴性对照片段(inhibitor NC)分别转染人卵巢癌顺铂耐药细胞株SKOV3/DDP。实验分为6组：SKOV3组、SKOV3/DDP组、miR-100 mimics组、NC组、miR-100 inhibitor组及inhibitor NC组。实时荧光定量PCR及CCK8法分别检测各组细胞中miR-100的表达和顺铂半数抑制浓度(IC50)。结果 (1)SKOV3/DDP细胞的顺铂耐药指数(RI)为2.23；(2)miR-100在SKOV3/DDP细胞中低表达，与SKOV3相比差异有统计学意义(P<0.001)；(3)转染miR-100 mimics后，SKOV3/DDP细胞中miR-100的表达水平与NC组相比上升38.29倍，差异有统计学意义(P<0.01)；miR-100 mimics组顺铂IC50与NC组相比明显降低，差异有统计学意义(P<0.001)；(4)转染miR-100 inhibitor后，SKOV3/DDP细胞中miR-100的表达水平与inhibitor NC组相比下降97.7%(P<0.001)；miR-100 inhibitor组顺铂IC50与inhibitor NC组相比明显升高(P<0.001)。结论 miR-100在人卵巢癌顺铂耐药细胞中低表达，miR-100可增加卵巢癌顺铂耐药细胞株对顺铂的敏感性，从而逆转其耐药。
@keywords 关键词： | 微RNAs；卵巢肿瘤；顺铂；抗药性；肿瘤
@title-en Expression of microRNA-100 and its correlation with drug resistance in human ovarian cancer SKOV3/DDP cells
@authors-en GUO Peng, PENG Dongxian, XIONG Xiangpeng, ZHANG Sainan
@keywords-en Key Words: | microRNAs; Ovarian neoplasms; Cisplatin; Drug resistance; Neoplasms
""",
)


def main() -> None:
    drafts, name = sys.argv[1:3]
    spec = dict(SPECS[name])
    ident = spec.pop("ident")
    finish(os.path.join(drafts, f"{ident}.paper"), out=os.path.join(CONTENT, f"{name}.paper"), **spec)


if __name__ == "__main__":
    main()
