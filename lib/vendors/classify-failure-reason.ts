// Vendors explain a failed task in free text (English or Chinese). The studio needs a class
// to tell the user what to do, so the words are matched against what each class looks like.
import type { FailureCode } from "./types";

const PATTERNS: [FailureCode, RegExp][] = [
  // trueai: "无可用的账号实例" (no account instance available), with code 3 or 9.
  ["NO_ACCOUNT", /无可用的?账号|no (available )?account (instance )?(is )?available|no available account/i],
  ["BAD_KEY", /account (is |was |has been )?(banned|suspended|disabled)|封禁/i],
  ["BANNED_PROMPT", /banned|forbidden word|sensitive|moderat|against (our )?community|violat|nsfw|敏感|违禁|违规|禁止/i],
  ["BAD_MASK", /mask|蒙版|遮罩/i],
  ["QUOTA", /quota|balance|insufficient|credit|余额|额度|欠费/i],
  ["QUEUE_FULL", /queue (is )?full|队列已满/i],
  ["RATE_LIMITED", /rate limit|too many requests|too frequent|频繁|限流/i],
  ["BAD_KEY", /unauthori[sz]ed|invalid (api )?key|api key|token (is )?invalid|认证失败|密钥|令牌/i],
  ["TIMEOUT", /time(d)?[ -]?out|超时/i],
  ["NOT_FOUND", /not[ _]?found|no[ _]found|不存在|未找到|已失效/i],
  ["MAINTENANCE", /maintenance|维护/i],
  ["BAD_REQUEST", /invalid|parameter|cannot be empty|must be|required|参数|格式/i],
];

/** The failure class that a vendor's words describe; `fallback` when none matches. */
export function classifyFailureReason(reason: string | undefined, fallback: FailureCode = "VENDOR_ERROR"): FailureCode {
  if (!reason) return fallback;
  return PATTERNS.find(([, pattern]) => pattern.test(reason))?.[0] ?? fallback;
}
