import { decisionNotificationMail, levelNotificationMail } from './notification-mail';

const TITLE = '<script>alert("x")</script>关于&通知';
const LINK = 'http://portal.example/admin/content-manager/collection-types/api::article.article/abc';

describe('review notification mails', () => {
  it('escape the title, names and level names in the HTML part; the text part stays plain', () => {
    const mail = levelNotificationMail({ title: TITLE, levelName: { zh: '初审<b>', en: 'first <i>review</i>' }, round: 2, submitterName: '张三<img src=x onerror=alert(1)>', link: LINK });
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;关于&amp;通知');
    expect(mail.html).toContain('初审&lt;b&gt;');
    expect(mail.html).toContain('first &lt;i&gt;review&lt;/i&gt;');
    expect(mail.html).toContain('张三&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).not.toMatch(/<script|<img|<i>|<b>/);
    expect(mail.html).toContain(`<a href="${LINK}">${LINK}</a>`);
    expect(mail.text).toContain(`《${TITLE}》已进入“初审<b>”环节（第2轮）`);
    expect(mail.text).toContain(`审核入口：${LINK}`);
    expect(mail.subject).toBe(`【待审核】${TITLE}（初审<b>）`);
  });

  it('escape the opinion of a returned item, its line breaks kept', () => {
    const mail = decisionNotificationMail({ title: TITLE, approved: false, opinion: '请修改<a href="http://evil">这里</a>\n第二行', link: LINK });
    expect(mail.subject).toBe(`【退回修改】${TITLE}`);
    expect(mail.html).toContain('审核意见：请修改&lt;a href=&quot;http://evil&quot;&gt;这里&lt;/a&gt;<br>第二行');
    expect(mail.html).not.toContain('<a href="http://evil">');
    expect(mail.text).toContain('审核意见：请修改<a href="http://evil">这里</a>\n第二行');
  });

  it('an approval mail carries no opinion; the subject is always one line', () => {
    const mail = decisionNotificationMail({ title: '标题\r\nBcc: someone@example.com', approved: true, opinion: null, link: LINK });
    expect(mail.subject).toBe('【审核通过】标题 Bcc: someone@example.com');
    expect(mail.html).toContain('已审核通过，可以发布。');
    expect(mail.html).not.toContain('审核意见');
  });

  it('escape a link that carries markup', () => {
    const mail = decisionNotificationMail({ title: 't', approved: true, opinion: null, link: 'http://x/"><script>' });
    expect(mail.html).toContain('<a href="http://x/&quot;&gt;&lt;script&gt;">');
  });
});
