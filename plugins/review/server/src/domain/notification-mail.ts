import { escapeHtml } from './approval-sheet';
import type { Label } from './types';

/**
 * The review's notification mails (审核通知): to the holders of a level when an item reaches it, and
 * to the author when the review ends. Every value that comes from a person — the title, the opinion,
 * names, the level names of a workflow — is escaped in the HTML part; the plain text part stays
 * plain; the subject is one line (a title cannot add mail headers or lines).
 */

export interface NotificationMail {
  subject: string;
  text: string;
  html: string;
}

/** One line of text: line breaks and other control characters become a space. */
const oneLine = (text: string): string => text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();

/** Escaped text, its line breaks kept as <br>. */
const para = (text: string): string => escapeHtml(text).replace(/\r?\n/g, '<br>');

const page = (subject: string, paragraphs: string[]): string =>
  [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.6">',
    ...paragraphs.map((p) => `<p>${p}</p>`),
    '</body></html>',
  ].join('\n');

const linkHtml = (link: string): string => `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`;

export interface LevelMailInput {
  title: string;
  levelName: Label;
  round: number;
  submitterName: string;
  /** The item in the admin (审核入口). */
  link: string;
}

/** 【待审核】: the item reached a level; its holders are asked to review. */
export const levelNotificationMail = ({ title, levelName, round, submitterName, link }: LevelMailInput): NotificationMail => {
  const subject = oneLine(`【待审核】${title}（${levelName.zh}）`);
  const text =
    `您好：\n\n《${title}》已进入“${levelName.zh}”环节（第${round}轮），请登录内容保障系统审核。\n` +
    `报送人：${submitterName}\n审核入口：${link}\n\n` +
    `"${title}" awaits your review (${levelName.en}, round ${round}): ${link}`;
  const html = page(subject, [
    '您好：',
    `《${para(title)}》已进入“${para(levelName.zh)}”环节（第${round}轮），请登录内容保障系统审核。`,
    `报送人：${para(submitterName)}<br>审核入口：${linkHtml(link)}`,
    `<span lang="en">"${para(title)}" awaits your review (${para(levelName.en)}, round ${round}).</span>`,
  ]);
  return { subject, text, html };
};

export interface DecisionMailInput {
  title: string;
  approved: boolean;
  opinion: string | null;
  link: string;
}

/** 【审核通过】/【退回修改】: the review ended; the author is told, with the opinion when returned. */
export const decisionNotificationMail = ({ title, approved, opinion, link }: DecisionMailInput): NotificationMail => {
  const subject = oneLine(`【${approved ? '审核通过' : '退回修改'}】${title}`);
  const text = approved
    ? `您好：\n\n您报送的《${title}》已审核通过，可以发布。\n${link}\n\n"${title}" has been approved and may be published.`
    : `您好：\n\n您报送的《${title}》被退回修改。\n审核意见：${opinion ?? ''}\n${link}\n\n"${title}" was returned: ${opinion ?? ''}`;
  const html = page(
    subject,
    approved
      ? ['您好：', `您报送的《${para(title)}》已审核通过，可以发布。`, linkHtml(link), `<span lang="en">"${para(title)}" has been approved and may be published.</span>`]
      : [
          '您好：',
          `您报送的《${para(title)}》被退回修改。`,
          `审核意见：${para(opinion ?? '')}`,
          linkHtml(link),
          `<span lang="en">"${para(title)}" was returned: ${para(opinion ?? '')}</span>`,
        ],
  );
  return { subject, text, html };
};
