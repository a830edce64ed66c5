// A short plan that has one of each thing the editor features care about, with its line
// numbers (0-based) beside each line: the feature tests point at these lines.
export const SAMPLE = [
  '---',                                        // 0
  '标题:某县教育局2021年工作要点',               // 1
  '文号:厦湖教〔2020〕132号',                    // 2
  '---',                                        // 3
  '// 作者备注',                                 // 4
  '// 第二行备注',                               // 5
  '一、第一部分',                                // 6
  '1.推进改革。正文。',                          // 7
  '目标任务:做好。',                             // 8
  '工作措施:一是加强。二是落实。',               // 9
  '责任股室(单位):人事股、秘书股。',             // 10
  '2.第二项。',                                  // 11
  '目标任务:目标。',                             // 12
  '责任股室:秘书股、人事股、财务股',              // 13
  '二、第二部分',                                // 14
  '(一)小节',                                  // 15
  '3.第三项(责任单位:基教股;完成时限:6月底)',   // 16
  '',                                           // 17
].join('\n');
