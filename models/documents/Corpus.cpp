#include "documents/Corpus.h"

#include "documents/Tokenizer.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <functional>
#include <random>

namespace ws::documents {

namespace {

// Fund-contract style text. One paragraph a line; "#" starts a part (第N部分 is added); {name}
// is filled per occurrence with a varied value.
constexpr const char* kContractTemplate = R"(#前言
一、订立本基金合同的目的、依据和原则
1.订立本基金合同的目的是保护基金投资人合法权益，明确基金合同当事人的权利义务，规范基金运作。
2.订立本基金合同的依据是《中华人民共和国民法典》、《中华人民共和国证券投资基金法》（以下简称“《基金法》”）、《公开募集证券投资基金运作管理办法》（以下简称“《运作办法》”）、《证券投资基金销售管理办法》、《公开募集证券投资基金信息披露管理办法》（以下简称“《信息披露办法》”）和其他有关法律法规。
3.订立本基金合同的原则是平等自愿、诚实信用、充分保护基金投资人合法权益。
二、基金合同是规定基金合同当事人之间权利义务关系的基本法律文件，其他与基金相关的涉及基金合同当事人之间权利义务关系的任何文件或表述，如与基金合同有冲突，均以基金合同为准。基金合同当事人按照《基金法》、基金合同及其他有关规定享有权利、承担义务。
三、{fund}由基金管理人{manager}依照《基金法》、基金合同及其他有关规定募集，并经中国证券监督管理委员会（以下简称“中国证监会”）于{date}证监许可〔{year}〕{count}号文注册。
中国证监会对本基金募集的注册，并不表明其对本基金的投资价值和市场前景做出实质性判断或保证，也不表明投资于本基金没有风险。基金管理人依照恪尽职守、诚实信用、谨慎勤勉的原则管理和运用基金财产，但不保证投资于本基金一定盈利，也不保证最低收益。
四、基金管理人、基金托管人在本基金合同之外披露涉及本基金的信息，其内容涉及界定基金合同当事人之间权利义务关系的，如与基金合同有冲突，以基金合同为准。
#基金的基本情况
一、基金名称
{fund}
二、基金的类别与运作方式
本基金为混合型证券投资基金，运作方式为契约型开放式。
三、基金的投资目标
在严格控制风险的前提下，通过积极主动的资产配置和精选个股，力争实现基金资产的长期稳健增值。
四、基金的最低募集份额总额与发售面值
本基金的最低募集份额总额为{shares}，基金份额发售面值为人民币1.00元。本基金认购费率最高不超过{pct}，具体认购费率按招募说明书的规定执行。
#基金份额持有人、基金管理人和基金托管人的权利义务
一、基金管理人
（一）基金管理人简况
名称：{manager}
住所：{address}
法定代表人：{person}
设立日期：{date}
注册资本：{amount}
（二）基金管理人的权利
根据《基金法》、《运作办法》及其他有关规定，基金管理人的权利包括但不限于：
1.依法募集资金；
2.自基金合同生效之日起，根据法律法规和基金合同独立运用并管理基金财产；
3.依照基金合同收取基金管理费以及法律法规规定或中国证监会批准的其他费用；
4.依据基金合同及有关法律规定监督基金托管人，如认为基金托管人违反了基金合同及国家有关法律规定，应呈报中国证监会和其他监管部门，并采取必要措施保护基金投资者的利益；
5.在基金托管人更换时，提名新的基金托管人；
6.选择、更换基金销售机构，对基金销售机构的相关行为进行监督和处理；
（三）基金管理人的义务
1.依法募集资金，办理或者委托经中国证监会认定的其他机构代为办理基金份额的发售、申购、赎回和登记事宜；
2.自基金合同生效之日起，以诚实信用、谨慎勤勉的原则管理和运用基金财产；
3.配备足够的具有专业资格的人员进行基金投资分析、决策，以专业化的经营方式管理和运作基金财产；
4.建立健全内部风险控制、监察与稽核、财务管理及人事管理等制度，保证所管理的基金财产和基金管理人的财产相互独立，对所管理的不同基金分别管理，分别记账，进行证券投资；
5.除依据《基金法》、基金合同及其他有关规定外，不得利用基金财产为自己及任何第三人谋取利益，不得委托第三人运作基金财产；
6.保守基金商业秘密，不泄露基金投资计划、投资意向等。除《基金法》、基金合同及其他有关规定另有规定外，在基金信息公开披露前应予保密，不向他人泄露；
7.保存基金财产管理业务活动的会计账册、报表、记录和其他相关资料{years}以上；
二、基金托管人
（一）基金托管人简况
名称：{custodian}
住所：{address}
法定代表人：{person}
成立时间：{date}
注册资本：{amount}
（二）基金托管人的权利与义务
1.自基金合同生效之日起，依法律法规和基金合同的规定安全保管基金财产；
2.依基金合同约定获得基金托管费以及法律法规规定或监管部门批准的其他费用；
3.监督基金管理人对本基金的投资运作，如发现基金管理人有违反基金合同及国家法律法规行为，对基金财产、其他当事人的利益造成重大损失的情形，应呈报中国证监会，并采取必要措施保护基金投资者的利益；
4.设立专门的基金托管部门，具有符合要求的营业场所，配备足够的、合格的熟悉基金托管业务的专职人员，负责基金财产托管事宜；
5.按规定开设基金财产的资金账户和证券账户，按照基金合同的约定，根据基金管理人的投资指令，及时办理清算、交割事宜；
三、基金份额持有人
基金投资者持有本基金基金份额的行为即视为对基金合同的承认和接受，基金投资者自依据基金合同取得基金份额，即成为本基金份额持有人和基金合同的当事人，直至其不再持有本基金的基金份额。除法律法规另有规定或基金合同另有约定外，同一类别每份基金份额具有同等的合法权益。
（一）基金份额持有人的权利
1.分享基金财产收益；
2.参与分配清算后的剩余基金财产；
3.依法申请赎回或转让其持有的基金份额；
4.按照规定要求召开基金份额持有人大会或者召集基金份额持有人大会；
5.出席或者委派代表出席基金份额持有人大会，对基金份额持有人大会审议事项行使表决权；
6.对基金管理人、基金托管人、基金服务机构损害其合法权益的行为依法提起诉讼或仲裁；
（二）基金份额持有人的义务
1.认真阅读并遵守基金合同、招募说明书等信息披露文件；
2.了解所投资基金产品，了解自身风险承受能力，自主判断基金的投资价值，自主做出投资决策，自行承担投资风险；
3.缴纳基金认购、申购款项及法律法规和基金合同所规定的费用；
4.在其持有的基金份额范围内，承担基金亏损或者基金合同终止的有限责任；
#基金份额的申购与赎回
一、申购和赎回的开放日及时间
投资人在开放日办理基金份额的申购和赎回，具体办理时间为上海证券交易所、深圳证券交易所的正常交易日的交易时间，但基金管理人根据法律法规、中国证监会的要求或基金合同的规定公告暂停申购、赎回时除外。基金管理人自基金合同生效之日起不超过{months}开始办理申购，具体业务办理时间在申购开始公告中规定。
二、申购与赎回的原则
1.“未知价”原则，即申购、赎回价格以申请当日收市后计算的基金份额净值为基准进行计算；
2.“金额申购、份额赎回”原则，即申购以金额申请，赎回以份额申请；
3.赎回遵循“先进先出”原则，即按照投资人认购、申购的先后次序进行顺序赎回。
三、申购与赎回的数额限制
投资人单笔申购的最低金额为{amount}，每个交易账户的最低基金份额余额为{shares}。基金管理人可以规定单个投资人累计持有的基金份额上限，具体规定请参见招募说明书或相关公告。
当接受申购申请对存量基金份额持有人利益构成潜在重大不利影响时，基金管理人应当采取设定单一投资者申购金额上限或基金单日净申购比例上限、拒绝大额申购、暂停基金申购等措施，切实保护存量基金份额持有人的合法权益。
四、巨额赎回的认定及处理方式
单个开放日中，本基金需处理的净赎回申请份额超过前一开放日基金总份额的{pct}，即认为是发生了巨额赎回。当基金出现巨额赎回时，基金管理人可以根据基金当时的资产组合状况决定全额赎回或部分延期赎回。
#基金的投资
一、投资范围
本基金的投资范围为具有良好流动性的金融工具，包括国内依法发行上市的股票、债券、资产支持证券、债券回购、银行存款、同业存单以及法律法规或中国证监会允许基金投资的其他金融工具。
基金的投资组合比例为：股票资产占基金资产的比例为{pct}至{pct}；每个交易日日终在扣除股指期货合约需缴纳的交易保证金后，应当保持不低于基金资产净值{pct}的现金或者到期日在一年以内的政府债券。
二、投资限制
1.本基金持有一家公司发行的证券，其市值不超过基金资产净值的{pct}；
2.本基金管理人管理的全部基金持有一家公司发行的证券，不超过该证券的{pct}；
3.本基金进入全国银行间同业市场进行债券回购的资金余额不得超过基金资产净值的{pct}；
4.本基金资产总值不超过基金资产净值的{pct}；
因证券市场波动、上市公司合并、基金规模变动等基金管理人之外的因素致使基金投资比例不符合上述规定投资比例的，基金管理人应当在{days}内进行调整，但中国证监会规定的特殊情形除外。
三、禁止行为
为维护基金份额持有人的合法权益，基金财产不得用于下列投资或者活动：承销证券；违反规定向他人贷款或者提供担保；从事承担无限责任的投资；向其基金管理人、基金托管人出资；从事内幕交易、操纵证券交易价格及其他不正当的证券交易活动；法律、行政法规和中国证监会规定禁止的其他活动。
#基金费用与税收
一、基金费用的种类
1.基金管理人的管理费；
2.基金托管人的托管费；
3.基金合同生效后与基金相关的信息披露费用；
4.基金合同生效后与基金相关的会计师费、律师费、公证费、诉讼费和仲裁费；
5.基金份额持有人大会费用；
二、基金费用计提方法、计提标准和支付方式
1.基金管理人的管理费
本基金的管理费按前一日基金资产净值的{pct}年费率计提。管理费的计算方法如下：H＝E×{pct}÷当年天数，H为每日应计提的基金管理费，E为前一日的基金资产净值。
基金管理费每日计提，逐日累计至每月月末，按月支付，由基金管理人与基金托管人核对一致后，由基金托管人于次月首日起{days}内从基金财产中一次性支付给基金管理人。若遇法定节假日、公休假等，支付日期顺延。
2.基金托管人的托管费
本基金的托管费按前一日基金资产净值的{pct}的年费率计提。托管费的计算方法如下：H＝E×{pct}÷当年天数，H为每日应计提的基金托管费，E为前一日的基金资产净值。
三、不列入基金费用的项目
下列费用不列入基金费用：基金管理人和基金托管人因未履行或未完全履行义务导致的费用支出或基金财产的损失；基金管理人和基金托管人处理与基金运作无关的事项发生的费用；基金合同生效前的相关费用。
四、基金税收
本基金运作过程中涉及的各纳税主体，其纳税义务按国家税收法律、法规执行。基金财产投资的相关税收，由基金份额持有人承担，基金管理人或者其他扣缴义务人按照国家有关税收征收的规定代扣代缴。
#基金的收益与分配
一、基金利润的构成
基金利润指基金利息收入、投资收益、公允价值变动收益和其他收入扣除相关费用后的余额，基金已实现收益指基金利润减去公允价值变动收益后的余额。
二、基金收益分配原则
1.在符合有关基金分红条件的前提下，本基金每年收益分配次数最多为{count}次，每次收益分配比例不得低于该次可供分配利润的{pct}；若基金合同生效不满{months}可不进行收益分配；
2.本基金收益分配方式分两种：现金分红与红利再投资，投资者可选择现金红利或将现金红利自动转为基金份额进行再投资；若投资者不选择，本基金默认的收益分配方式是现金分红；
3.基金收益分配后基金份额净值不能低于面值，即基金收益分配基准日的基金份额净值减去每单位基金份额收益分配金额后不能低于面值。
#风险揭示
本基金为混合型基金，其预期收益及预期风险水平高于债券型基金和货币市场基金，但低于股票型基金。投资者投资于本基金面临的主要风险包括：市场风险、管理风险、流动性风险、信用风险、操作风险、合规性风险以及本基金特有的风险。
市场风险是指证券市场价格受到经济因素、政治因素、投资心理和交易制度等各种因素的影响，导致基金收益水平变化而产生的风险，主要包括政策风险、经济周期风险、利率风险、购买力风险和再投资风险。
流动性风险是指因市场交易量不足，导致证券不能迅速、低成本地变现的风险，以及基金出现巨额赎回时，基金资产无法及时变现以满足赎回需求的风险。
基金管理人承诺以诚实信用、勤勉尽责的原则管理和运用基金资产，但不保证基金一定盈利，也不保证最低收益。基金的过往业绩及其净值高低并不预示其未来业绩表现，基金管理人管理的其他基金的业绩并不构成对本基金业绩表现的保证。
截至{date}，本基金资产净值为{amount}，份额净值为{nav}元，本报告期基金份额净值增长率为{signedpct}，同期业绩比较基准收益率为{signedpct}。
#基金合同的变更、终止与基金财产的清算
一、基金合同的变更
变更基金合同涉及法律法规规定或本合同约定应经基金份额持有人大会决议通过的事项的，应召开基金份额持有人大会决议通过。对于可不经基金份额持有人大会决议通过的事项，由基金管理人和基金托管人同意后变更并公告，并报中国证监会备案。
二、基金合同的终止事由
有下列情形之一的，经履行相关程序后，基金合同应当终止：基金份额持有人大会决定终止的；基金管理人、基金托管人职责终止，在{months}内没有新基金管理人、新基金托管人承接的；基金合同约定的其他情形；相关法律法规和中国证监会规定的其他情况。
三、基金财产的清算
自出现基金合同终止事由之日起{days}内成立清算小组，基金管理人组织基金财产清算小组并在中国证监会的监督下进行基金清算。基金财产清算小组成员由基金管理人、基金托管人、具有从事证券、期货相关业务资格的注册会计师、律师以及中国证监会指定的人员组成。
#争议的处理和适用的法律
各方当事人同意，因基金合同而产生的或与基金合同有关的一切争议，如经友好协商未能解决的，应提交中国国际经济贸易仲裁委员会，按照其时有效的仲裁规则进行仲裁。仲裁地点为北京市。仲裁裁决是终局的，并对各方当事人均有约束力，仲裁费用由败诉方承担。
争议处理期间，基金合同当事人应恪守各自的职责，继续忠实、勤勉、尽责地履行基金合同规定的义务，维护基金份额持有人的合法权益。基金合同受中国法律管辖。
#附：《中华人民共和国证券投资基金法》摘录
第二条　在中华人民共和国境内，公开或者非公开募集资金设立证券投资基金（以下简称基金），由基金管理人管理，基金托管人托管，为基金份额持有人的利益，进行证券投资活动，适用本法；本法未规定的，适用《中华人民共和国信托法》、《中华人民共和国证券法》和其他有关法律、行政法规的规定。
第三条　基金管理人、基金托管人和基金份额持有人的权利、义务，依照本法在基金合同中约定。基金管理人、基金托管人依照本法和基金合同的约定，履行受托职责。通过公开募集方式设立的基金的基金份额持有人按其所持基金份额享受收益和承担风险，通过非公开募集方式设立的基金的收益分配和风险承担由基金合同约定。
第四条　从事证券投资基金活动，应当遵循自愿、公平、诚实信用的原则，不得损害国家利益和社会公共利益。
第五条　基金财产的债务由基金财产本身承担，基金份额持有人以其出资为限对基金财产的债务承担责任。但基金合同依照本法另有约定的，从其约定。基金财产独立于基金管理人、基金托管人的固有财产。基金管理人、基金托管人不得将基金财产归入其固有财产。
第九条　基金管理人、基金托管人管理、运用基金财产，基金服务机构从事基金服务活动，应当恪尽职守，履行诚实信用、谨慎勤勉的义务。基金管理人运用基金财产进行证券投资，应当遵守审慎经营规则，制定科学合理的投资策略和风险管理制度，有效防范和控制风险。)";

// Text that never occurs in generated documents: the material of inserted pages.
constexpr const char* kInsertedPageText =
    R"(第一条　为了规范证券发行和交易行为，保护投资者的合法权益，维护社会经济秩序和社会公共利益，促进社会主义市场经济的发展，制定本法。
第三条　证券的发行、交易活动，必须遵循公开、公平、公正的原则。
第四条　证券发行、交易活动的当事人具有平等的法律地位，应当遵守自愿、有偿、诚实信用的原则。
第五条　证券的发行、交易活动，必须遵守法律、行政法规；禁止欺诈、内幕交易和操纵证券市场的行为。
第六条　证券业和银行业、信托业、保险业实行分业经营、分业管理，证券公司与银行、信托、保险业务机构分别设立。国家另有规定的除外。
第七条　国务院证券监督管理机构依法对全国证券市场实行集中统一监督管理。国务院证券监督管理机构根据需要可以设立派出机构，按照授权履行监督管理职责。
第八条　国家审计机关依法对证券交易场所、证券公司、证券服务机构、国务院证券监督管理机构进行审计监督。
第十九条　发行人报送的证券发行申请文件，应当充分披露投资者作出价值判断和投资决策所必需的信息，内容应当真实、准确、完整。为证券发行出具有关文件的证券服务机构和人员，必须严格履行法定职责，保证所出具文件的真实性、准确性和完整性。
第三十六条　依法发行的证券，《中华人民共和国公司法》和其他法律对其转让期限有限制性规定的，在限定的期限内不得转让。上市公司持有百分之五以上股份的股东、实际控制人、董事、监事、高级管理人员，以及其他持有发行人首次公开发行前发行的股份或者上市公司向特定对象发行的股份的股东，转让其持有的本公司股份的，不得违反法律、行政法规和国务院证券监督管理机构关于持有期限、卖出时间、卖出数量、卖出方式、信息披露等规定，并应当遵守证券交易所的业务规则。
第五十条　禁止证券交易内幕信息的知情人和非法获取内幕信息的人利用内幕信息从事证券交易活动。
第五十五条　禁止任何人以手段操纵证券市场，影响或者意图影响证券交易价格或者证券交易量。操纵证券市场行为给投资者造成损失的，应当依法承担赔偿责任。
第七十八条　发行人及法律、行政法规和国务院证券监督管理机构规定的其他信息披露义务人，应当及时依法履行信息披露义务。信息披露义务人披露的信息，应当真实、准确、完整，简明清晰，通俗易懂，不得有虚假记载、误导性陈述或者重大遗漏。
第八十八条　证券公司向投资者销售证券、提供服务时，应当按照规定充分了解投资者的基本情况、财产状况、金融资产状况、投资知识和经验、专业能力等相关信息；如实说明证券、服务的重要内容，充分揭示投资风险；销售、提供与投资者上述状况相匹配的证券、服务。
第八十九条　根据财产状况、金融资产状况、投资知识和经验、专业能力等因素，投资者可以分为普通投资者和专业投资者。普通投资者与证券公司发生纠纷的，证券公司应当证明其行为符合法律、行政法规以及国务院证券监督管理机构的规定，不存在误导、欺诈等情形。)";

// Sentences for planted insertions: no digits, no company names.
constexpr std::array<const char*, 10> kSentences{
    "基金管理人应当在指定媒介上公告上述调整事项，并在更新的招募说明书中予以说明。",
    "投资者应当认真阅读基金合同、招募说明书和基金产品资料概要等信息披露文件，了解本基金的风险收益特征。",
    "基金托管人发现基金管理人的投资指令违反法律法规的，应当拒绝执行，立即通知基金管理人并及时报告。",
    "本条所述事项如涉及基金份额持有人重大利益的，应当提前征询基金份额持有人的意见。",
    "基金销售机构应当按照适当性原则向投资者推介与其风险承受能力相匹配的基金产品。",
    "因不可抗力导致基金管理人不能按时履行义务的，基金管理人应当在不可抗力消除后及时恢复办理。",
    "基金管理人可在不违反法律法规的情况下，对上述安排进行调整并提前公告。",
    "基金份额持有人大会的决议自表决通过之日起生效，基金管理人应当自决议生效之日起依法公告。",
    "上述信息披露文件应当同时置备于基金管理人和基金托管人的住所，供社会公众查阅、复制。",
    "基金管理人应当建立健全流动性风险管理制度，审慎评估投资组合的流动性状况。",
};

constexpr std::array<const char*, 10> kFundPrefixes{"安泰", "博远", "恒信", "嘉和", "明德",
                                                    "瑞丰", "同泰", "欣荣", "致远", "永宁"};
constexpr std::array<const char*, 6> kFundStyles{"稳健增长", "价值精选", "优势成长",
                                                 "均衡配置", "行业轮动", "消费升级"};
constexpr std::array<const char*, 8> kManagers{
    "华晟基金管理有限公司", "长青基金管理有限公司",   "东方汇智基金管理有限公司", "润和基金管理有限公司",
    "北辰基金管理有限公司", "信达远基金管理有限公司", "中和基金管理有限公司",     "南湖基金管理有限公司"};
constexpr std::array<const char*, 6> kCustodians{"中国工商银行股份有限公司", "中国建设银行股份有限公司",
                                                 "中国银行股份有限公司",     "招商银行股份有限公司",
                                                 "交通银行股份有限公司",     "兴业银行股份有限公司"};
constexpr std::array<const char*, 6> kStreets{"上海市浦东新区世纪大道", "北京市西城区金融大街",
                                              "深圳市福田区深南大道",   "广州市天河区珠江新城华夏路",
                                              "杭州市上城区钱江路",     "上海市黄浦区中山东一路"};
constexpr std::array<const char*, 8> kPeople{"张伟", "王芳", "李强", "刘洋", "陈静", "杨帆", "赵磊", "周敏"};
constexpr std::array<const char*, 12> kChineseDigits{"零", "一", "二", "三", "四", "五",
                                                     "六", "七", "八", "九", "十", "百"};

class Random
{
public:
    explicit Random(std::uint32_t seed) : engine_(seed) {}
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(engine_() % static_cast<std::uint32_t>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    template <typename T, std::size_t N> const char* pick(const std::array<T, N>& list)
    {
        return list[static_cast<std::size_t>(below(static_cast<int>(N)))];
    }

private:
    std::mt19937 engine_;
};

QString chineseNumber(int n)
{
    auto digit = [](int d) { return QString::fromUtf8(kChineseDigits[static_cast<std::size_t>(d)]); };
    if (n <= 10)
        return digit(n);
    if (n < 20)
        return digit(10) + digit(n % 10);
    if (n < 100)
        return digit(n / 10) + digit(10) + (n % 10 ? digit(n % 10) : QString());
    QString out = digit(n / 100) + digit(11);
    const int rest = n % 100;
    if (rest == 0)
        return out;
    if (rest < 10)
        return out + digit(0) + digit(rest);
    return out + digit(rest / 10) + digit(10) + (rest % 10 ? digit(rest % 10) : QString());
}

QString withThousands(int n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

struct Parties
{
    QString fund, manager, custodian;
};

QString fillValue(const QString& name, const Parties& parties, Random& rng)
{
    const auto fixed2 = [](double v) { return QString::number(v, 'f', 2); };
    if (name == u"fund")
        return parties.fund;
    if (name == u"manager")
        return parties.manager;
    if (name == u"custodian")
        return parties.custodian;
    if (name == u"date")
        return QStringLiteral("%1年%2月%3日")
            .arg(rng.between(2012, 2024))
            .arg(rng.between(1, 12))
            .arg(rng.between(1, 28));
    if (name == u"year")
        return QString::number(rng.between(2012, 2024));
    if (name == u"count")
        return QString::number(rng.between(2, 2999));
    if (name == u"shares")
        return rng.below(2) ? QStringLiteral("%1亿份").arg(rng.between(2, 50))
                            : QStringLiteral("%1份").arg(withThousands(rng.between(1, 99) * 100));
    if (name == u"pct")
        return fixed2(rng.between(5, 9500) / 100.0) + QLatin1Char('%');
    if (name == u"signedpct") {
        const int v = rng.between(-1500, 2500);
        return (v < 0 ? QStringLiteral("-") : QString()) + fixed2(std::abs(v) / 100.0) + QLatin1Char('%');
    }
    if (name == u"amount") {
        switch (rng.below(3)) {
        case 0:
            return QStringLiteral("人民币%1万元").arg(withThousands(rng.between(10, 99999)));
        case 1:
            return QStringLiteral("%1亿元").arg(fixed2(rng.between(100, 99999) / 100.0));
        default:
            return QStringLiteral("%1元").arg(withThousands(rng.between(1, 9999) * 10));
        }
    }
    if (name == u"nav")
        return QString::number(rng.between(5000, 29999) / 10000.0, 'f', 4);
    if (name == u"address")
        return QString::fromUtf8(rng.pick(kStreets)) + QStringLiteral("%1号").arg(rng.between(1, 999));
    if (name == u"person")
        return QString::fromUtf8(rng.pick(kPeople));
    if (name == u"years")
        return QStringLiteral("%1年").arg(rng.between(15, 30));
    if (name == u"months")
        return QStringLiteral("%1个月").arg(rng.between(1, 6));
    if (name == u"days")
        return QStringLiteral("%1个工作日").arg(rng.between(3, 20));
    return name;
}

QString fill(const QString& line, const Parties& parties, Random& rng)
{
    QString out;
    out.reserve(line.size() + 32);
    for (qsizetype i = 0; i < line.size();) {
        if (line[i] == QLatin1Char('{')) {
            const qsizetype close = line.indexOf(QLatin1Char('}'), i);
            if (close > i) {
                out += fillValue(line.mid(i + 1, close - i - 1), parties, rng);
                i = close + 1;
                continue;
            }
        }
        out += line[i++];
    }
    return out;
}

QString listLabelOf(const QString& text)
{
    static const QStringList endings{QStringLiteral("、"), QStringLiteral("）"), QStringLiteral(".")};
    for (const QString& end : endings) {
        const qsizetype at = text.indexOf(end);
        if (at > 0 && at <= 4)
            return text.left(at + end.size());
    }
    return {};
}

Paragraph makeParagraph(const QString& text, ParagraphKind kind)
{
    Paragraph p;
    p.text = text;
    p.kind = kind;
    p.listLabel = listLabelOf(text);
    if (kind == ParagraphKind::Body && !p.listLabel.isEmpty())
        p.kind = ParagraphKind::ListItem;
    return p;
}

bool hasDigitOrParty(QStringView text)
{
    for (QChar c : text)
        if (c.isDigit())
            return true;
    static const std::array<QString, 5> suffixes{QStringLiteral("公司"), QStringLiteral("银行"),
                                                 QStringLiteral("证券"), QStringLiteral("交易所"),
                                                 QStringLiteral("企业")};
    for (const QString& s : suffixes)
        if (text.contains(s))
            return true;
    return false;
}

// A window of text around [at, end) with nothing material in it: no digits, no company names.
bool quietAround(const QString& text, qsizetype at, qsizetype end, int before, int after)
{
    const qsizetype from = std::max<qsizetype>(0, at - before);
    const qsizetype to = std::min<qsizetype>(text.size(), end + after);
    return !hasDigitOrParty(QStringView(text).sliced(from, to - from));
}

struct Entry
{
    Paragraph paragraph;
    int origin = -1;           // paragraph of A it came from
    std::vector<int> editTags; // planted edits that live in this paragraph
};

} // namespace

QString plantedKindKey(PlantedKind kind)
{
    switch (kind) {
    case PlantedKind::Character:
        return QStringLiteral("character");
    case PlantedKind::PunctuationWidth:
        return QStringLiteral("punctuation-width");
    case PlantedKind::InsertSentence:
        return QStringLiteral("insert-sentence");
    case PlantedKind::DeleteSentence:
        return QStringLiteral("delete-sentence");
    case PlantedKind::Number:
        return QStringLiteral("number");
    case PlantedKind::PartyName:
        return QStringLiteral("party-name");
    case PlantedKind::MoveParagraph:
        return QStringLiteral("move-paragraph");
    case PlantedKind::EarlyInsertion:
        return QStringLiteral("early-insertion");
    case PlantedKind::InsertedPage:
        return QStringLiteral("inserted-page");
    }
    return {};
}

Document generateCorpusDocument(int pages, std::uint32_t seed)
{
    Random rng(seed * 2654435761U + 17);
    Document doc;
    doc.format = SourceFormat::Text;
    doc.file.fileName = QStringLiteral("corpus-%1p-%2.txt").arg(pages).arg(seed);
    const QStringList lines =
        QString::fromUtf8(kContractTemplate).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const qsizetype target = static_cast<qsizetype>(std::max(1, pages)) * 2000;
    qsizetype chars = 0;
    int part = 0;
    while (chars < target) {
        const Parties parties{
            QString::fromUtf8(rng.pick(kFundPrefixes)) + QString::fromUtf8(rng.pick(kFundStyles)) +
                QStringLiteral("混合型证券投资基金"),
            QString::fromUtf8(rng.pick(kManagers)), QString::fromUtf8(rng.pick(kCustodians))};
        for (const QString& line : lines) {
            Paragraph p;
            if (line.startsWith(QLatin1Char('#'))) {
                ++part;
                p = makeParagraph(QStringLiteral("第%1部分　%2").arg(chineseNumber(part), line.mid(1)),
                                  ParagraphKind::Heading);
            } else {
                p = makeParagraph(fill(line, parties, rng), ParagraphKind::Body);
                if (p.text.size() <= 24 && !p.listLabel.isEmpty() && !p.text.endsWith(QStringLiteral("；")))
                    p.kind = ParagraphKind::Heading;
            }
            chars += p.text.size();
            doc.paragraphs.push_back(std::move(p));
            if (chars >= target && line.startsWith(QLatin1Char('#')) == false && doc.paragraphs.size() > 3 &&
                rng.below(4) == 0)
                break;
        }
    }
    return doc;
}

CorpusPair generateCorpusPair(const CorpusOptions& options)
{
    CorpusPair pair;
    pair.a = generateCorpusDocument(options.pages, options.seed);
    pair.a.file.fileName = QStringLiteral("corpus-a-%1.txt").arg(options.seed);
    const Document& a = pair.a;
    Random rng(options.seed * 40503U + 7);
    const int count = static_cast<int>(a.paragraphs.size());

    std::vector<Entry> entries;
    entries.reserve(a.paragraphs.size() + 64);
    for (int i = 0; i < count; ++i)
        entries.push_back(Entry{a.paragraphs[static_cast<std::size_t>(i)], i, {}});

    // Each edit gets a paragraph of its own with untouched neighbours, so edits stay distinct.
    std::vector<bool> used(static_cast<std::size_t>(count), false);
    auto usable = [&](int i) {
        for (int j = std::max(0, i - 2); j <= std::min(count - 1, i + 2); ++j)
            if (used[static_cast<std::size_t>(j)])
                return false;
        return i >= 3; // the first paragraphs are kept for the early insertion
    };
    auto claim = [&](int i) { used[static_cast<std::size_t>(i)] = true; };
    auto textOf = [&](int i) -> const QString& { return a.paragraphs[static_cast<std::size_t>(i)].text; };
    auto addEdit = [&](PlantedEdit edit, int entry) {
        entries[static_cast<std::size_t>(entry)].editTags.push_back(static_cast<int>(pair.edits.size()));
        pair.edits.push_back(std::move(edit));
    };
    // Tries random paragraphs until `plant` accepts one.
    auto plantSomewhere = [&](const std::function<bool(int)>& plant) {
        for (int attempt = 0; attempt < 4000; ++attempt) {
            const int i = rng.below(count);
            if (usable(i) && plant(i)) {
                claim(i);
                return true;
            }
        }
        return false;
    };

    static const QString replacements = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
    auto replaceHan = [&](const QString& text, qsizetype at) {
        QChar r = replacements[rng.below(static_cast<int>(replacements.size()))];
        while (r == text[at] || (at > 0 && r == text[at - 1]) || (at + 1 < text.size() && r == text[at + 1]))
            r = replacements[rng.below(static_cast<int>(replacements.size()))];
        return r;
    };
    auto quietHanPosition = [&](const QString& text) -> qsizetype {
        for (int attempt = 0; attempt < 20; ++attempt) {
            const qsizetype at = rng.below(static_cast<int>(text.size()));
            if (isHan(text[at].unicode()) && quietAround(text, at, at + 1, 25, 12))
                return at;
        }
        return -1;
    };

    for (int k = 0; k < options.editsPerKind; ++k) {
        plantSomewhere([&](int i) { // Character
            const QString& text = textOf(i);
            if (text.size() < 30)
                return false;
            const qsizetype at = quietHanPosition(text);
            if (at < 0)
                return false;
            const QChar r = replaceHan(text, at);
            PlantedEdit e{PlantedKind::Character, ChangeType::Replace, false, {},
                          text.mid(at, 1),        QString(r),          {},    {}};
            e.a = TextRange{{i, int(at)}, {i, int(at) + 1}};
            e.b = e.a;
            entries[static_cast<std::size_t>(i)].paragraph.text[at] = r;
            addEdit(std::move(e), i);
            return true;
        });
        plantSomewhere([&](int i) { // PunctuationWidth
            const QString& text = textOf(i);
            for (qsizetype at = text.indexOf(QStringLiteral("，")); at >= 0;
                 at = text.indexOf(QStringLiteral("，"), at + 1)) {
                if (!quietAround(text, at, at + 1, 12, 12))
                    continue;
                PlantedEdit e{PlantedKind::PunctuationWidth, ChangeType::Punctuation, false, {},
                              QStringLiteral("，"),          QStringLiteral(","),     {},    {}};
                e.a = TextRange{{i, int(at)}, {i, int(at) + 1}};
                e.b = e.a;
                entries[static_cast<std::size_t>(i)].paragraph.text[at] = QLatin1Char(',');
                addEdit(std::move(e), i);
                return true;
            }
            return false;
        });
        plantSomewhere([&](int i) { // InsertSentence, after a full stop
            const QString& text = textOf(i);
            const qsizetype stop = text.indexOf(QStringLiteral("。"));
            if (stop < 0 || !quietAround(text, stop, stop + 1, 6, 6))
                return false;
            const QString sentence = QString::fromUtf8(rng.pick(kSentences));
            const int at = static_cast<int>(stop) + 1;
            PlantedEdit e{PlantedKind::InsertSentence, ChangeType::Insert, false, {}, {}, sentence, {}, {}};
            e.a = TextRange{{i, at}, {i, at}};
            e.b = TextRange{{i, at}, {i, at + int(sentence.size())}};
            entries[static_cast<std::size_t>(i)].paragraph.text.insert(at, sentence);
            addEdit(std::move(e), i);
            return true;
        });
        plantSomewhere([&](int i) { // DeleteSentence: a quiet sentence of a paragraph with several
            const QString& text = textOf(i);
            std::vector<qsizetype> ends;
            for (qsizetype at = text.indexOf(QStringLiteral("。")); at >= 0;
                 at = text.indexOf(QStringLiteral("。"), at + 1))
                ends.push_back(at + 1);
            if (ends.size() < 2)
                return false;
            const auto which = static_cast<std::size_t>(rng.below(static_cast<int>(ends.size())));
            const qsizetype begin = which == 0 ? 0 : ends[which - 1];
            const qsizetype end = ends[which];
            if (end - begin < 8 || !quietAround(text, begin, end, 4, 4))
                return false;
            PlantedEdit e{PlantedKind::DeleteSentence,
                          ChangeType::Delete,
                          false,
                          {},
                          text.mid(begin, end - begin),
                          {},
                          {},
                          {}};
            e.a = TextRange{{i, int(begin)}, {i, int(end)}};
            e.b = TextRange{{i, int(begin)}, {i, int(begin)}};
            entries[static_cast<std::size_t>(i)].paragraph.text.remove(begin, end - begin);
            addEdit(std::move(e), i);
            return true;
        });
        plantSomewhere([&](int i) { // Number: one digit of a numeric token changes
            const QString& text = textOf(i);
            std::vector<Token> numeric;
            for (const Token& t : tokenize(text, i))
                if (isNumeric(t.cls))
                    numeric.push_back(t);
            if (numeric.empty())
                return false;
            const Token& t = numeric[static_cast<std::size_t>(rng.below(static_cast<int>(numeric.size())))];
            std::vector<int> digits;
            for (int at = t.begin; at < t.end; ++at)
                if (text[at].isDigit())
                    digits.push_back(at);
            const int at = digits[static_cast<std::size_t>(rng.below(static_cast<int>(digits.size())))];
            QChar d = QChar(u'0' + rng.between(1, 9));
            while (d == text[at])
                d = QChar(u'0' + rng.between(1, 9));
            QString changed = text.mid(t.begin, t.end - t.begin);
            changed[at - t.begin] = d;
            const std::vector<Token> check = tokenize(changed);
            if (check.size() != 1 || check.front().cls != t.cls)
                return false;
            PlantedEdit e{PlantedKind::Number,
                          ChangeType::Replace,
                          true,
                          tokenClassKey(t.cls),
                          text.mid(t.begin, t.end - t.begin),
                          changed,
                          {},
                          {}};
            e.a = TextRange{{i, t.begin}, {i, t.end}};
            e.b = e.a;
            entries[static_cast<std::size_t>(i)].paragraph.text[at] = d;
            addEdit(std::move(e), i);
            return true;
        });
        plantSomewhere([&](int i) { // PartyName: a custodian or manager replaced by another
            const QString& text = textOf(i);
            auto tryList = [&](const auto& list) {
                for (const char* name : list) {
                    const QString from = QString::fromUtf8(name);
                    const qsizetype at = text.indexOf(from);
                    if (at < 0)
                        continue;
                    // A name of the same length: a replacement, not an insertion inside the name.
                    QString to = from;
                    for (int attempt = 0; attempt < 50 && (to == from || to.size() != from.size()); ++attempt)
                        to = QString::fromUtf8(rng.pick(list));
                    if (to == from || to.size() != from.size())
                        continue;
                    PlantedEdit e{PlantedKind::PartyName,
                                  ChangeType::Replace,
                                  true,
                                  QStringLiteral("party"),
                                  from,
                                  to,
                                  {},
                                  {}};
                    e.a = TextRange{{i, int(at)}, {i, int(at + from.size())}};
                    e.b = TextRange{{i, int(at)}, {i, int(at + to.size())}};
                    entries[static_cast<std::size_t>(i)].paragraph.text.replace(at, from.size(), to);
                    addEdit(std::move(e), i);
                    return true;
                }
                return false;
            };
            return tryList(kCustodians) || tryList(kManagers);
        });
    }

    // Moves: a long paragraph whose text is unique leaves and arrives at least ten paragraphs on.
    std::vector<std::pair<int, int>> moves; // (from, before which A paragraph it arrives)
    for (int k = 0; k < options.editsPerKind; ++k) {
        plantSomewhere([&](int i) {
            const QString& text = textOf(i);
            if (text.size() < 60 || i + 14 >= count)
                return false;
            int occurrences = 0;
            for (const Paragraph& p : a.paragraphs)
                occurrences += p.text == text;
            if (occurrences != 1)
                return false;
            const int target = i + rng.between(10, 40);
            if (target >= count || !usable(target))
                return false;
            claim(target);
            PlantedEdit e{PlantedKind::MoveParagraph, ChangeType::Move, false, {}, text, text, {}, {}};
            e.a = TextRange{{i, 0}, {i, int(text.size())}};
            if (k % 2 == 1) { // lightly edited on the way
                const qsizetype at = quietHanPosition(text);
                if (at >= 0)
                    e.bText[at] = replaceHan(text, at);
            }
            entries[static_cast<std::size_t>(i)].paragraph.text = e.bText;
            addEdit(std::move(e), i);
            moves.emplace_back(i, target);
            return true;
        });
    }
    auto positionOfOrigin = [&](int origin) {
        for (std::size_t e = 0; e < entries.size(); ++e)
            if (entries[e].origin == origin)
                return e;
        return entries.size();
    };
    for (const auto& [from, target] : moves) {
        const std::size_t at = positionOfOrigin(from);
        Entry moved = std::move(entries[at]);
        moved.origin = -1;
        entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(at));
        entries.insert(entries.begin() + static_cast<std::ptrdiff_t>(positionOfOrigin(target)),
                       std::move(moved));
    }

    auto insertParagraphs = [&](int beforeOrigin, const QStringList& texts, PlantedKind kind,
                                int aParagraph) {
        const std::size_t at = positionOfOrigin(beforeOrigin);
        PlantedEdit e{kind, ChangeType::Insert, false, {}, {}, texts.join(QLatin1Char('\n')), {}, {}};
        e.material = hasDigitOrParty(e.bText);
        const int aEnd = int(textOf(aParagraph).size());
        e.a = TextRange{{aParagraph, aEnd}, {aParagraph, aEnd}};
        const int tag = static_cast<int>(pair.edits.size());
        pair.edits.push_back(std::move(e));
        std::vector<Entry> inserted;
        for (const QString& text : texts)
            inserted.push_back(Entry{makeParagraph(text, ParagraphKind::Body), -1, {tag}});
        entries.insert(entries.begin() + static_cast<std::ptrdiff_t>(at), inserted.begin(), inserted.end());
    };
    if (options.insertedPage && count > 20) {
        int at = count / 2 + rng.below(count / 4);
        while (at < count - 1 &&
               (used[static_cast<std::size_t>(at)] || used[static_cast<std::size_t>(at - 1)]))
            ++at;
        insertParagraphs(at, QString::fromUtf8(kInsertedPageText).split(QLatin1Char('\n')),
                         PlantedKind::InsertedPage, at - 1);
    }
    if (options.earlyInsertion && count > 2) {
        const QString custodian = QString::fromUtf8(rng.pick(kCustodians));
        const QString text =
            QStringLiteral(
                "根据%1于2023年3月15日出具的书面确认，本基金合同自基金份额持有人大会决议通过之日起修订，"
                "修订后的基金费用条款自2023年4月1日起实施，基金管理费年费率由1.50%调整为1.20%。")
                .arg(custodian);
        insertParagraphs(1, {text}, PlantedKind::EarlyInsertion, 0);
    }

    // B, and where each edit ended up in it.
    pair.b.format = a.format;
    pair.b.file.fileName = QStringLiteral("corpus-b-%1.txt").arg(options.seed);
    std::vector<int> firstParagraph(pair.edits.size(), -1), lastParagraph(pair.edits.size(), -1);
    for (std::size_t p = 0; p < entries.size(); ++p) {
        for (int tag : entries[p].editTags) {
            if (firstParagraph[static_cast<std::size_t>(tag)] < 0)
                firstParagraph[static_cast<std::size_t>(tag)] = int(p);
            lastParagraph[static_cast<std::size_t>(tag)] = int(p);
        }
        pair.b.paragraphs.push_back(std::move(entries[p].paragraph));
    }
    for (std::size_t k = 0; k < pair.edits.size(); ++k) {
        PlantedEdit& e = pair.edits[k];
        const int first = firstParagraph[k], last = lastParagraph[k];
        switch (e.kind) {
        case PlantedKind::MoveParagraph:
            e.b = TextRange{{first, 0},
                            {first, int(pair.b.paragraphs[static_cast<std::size_t>(first)].text.size())}};
            break;
        case PlantedKind::EarlyInsertion:
        case PlantedKind::InsertedPage:
            e.b = TextRange{{first, 0},
                            {last, int(pair.b.paragraphs[static_cast<std::size_t>(last)].text.size())}};
            break;
        default:
            e.b.begin.paragraph = first;
            e.b.end.paragraph = first;
            break;
        }
    }
    return pair;
}

Document documentFromParagraphText(const QString& text)
{
    Document doc;
    doc.format = SourceFormat::Text;
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList blocks = normalized.split(QRegularExpression(QStringLiteral("\n[ \t\u3000]*\n")));
    for (const QString& block : blocks) {
        QString joined;
        for (const QString& rawLine : block.split(QLatin1Char('\n'))) {
            const QString line = rawLine.trimmed();
            if (line.isEmpty())
                continue;
            if (!joined.isEmpty()) {
                const bool cjkJoin = isCjkLetter(joined.back().unicode()) ||
                                     isCjkLetter(line.front().unicode()) ||
                                     joined.back().unicode() >= 0x3000 || line.front().unicode() >= 0x3000;
                if (!cjkJoin)
                    joined += QLatin1Char(' ');
            }
            joined += line;
        }
        if (!joined.isEmpty())
            doc.paragraphs.push_back(makeParagraph(joined, ParagraphKind::Body));
    }
    return doc;
}

QString documentPlainText(const Document& document)
{
    QStringList parts;
    for (const Paragraph& p : document.paragraphs)
        if (!p.excluded)
            parts << p.text;
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace ws::documents
