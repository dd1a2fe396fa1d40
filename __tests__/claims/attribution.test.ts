import { analyseText, claimContaining } from './helpers';

const speakerOf = (text: string, fragment: string) => claimContaining(analyseText(text), fragment).speaker;

describe('attribution patterns', () => {
  test('"X said (that) …": name and role apart, content after the frame', () => {
    const s = speakerOf('Foreign Ministry spokesperson Esmaeil Baghaei said Thursday that the talks would go ahead.', 'talks');
    expect(s).toMatchObject({ name: 'Esmaeil Baghaei', role: 'Foreign Ministry spokesperson', verb: 'said', quote: 'indirect', vague: false });
    expect(s?.content?.text).toBe('the talks would go ahead');
    expect(s?.mention?.text).toBe('Foreign Ministry spokesperson Esmaeil Baghaei');
  });

  test('"“…,” X said." is a direct quotation whose content is the quotation', () => {
    const s = speakerOf('“We will not negotiate under pressure,” Foreign Minister Abbas Araghchi said.', 'pressure');
    expect(s).toMatchObject({ name: 'Abbas Araghchi', role: 'Foreign Minister', verb: 'said', quote: 'direct' });
    expect(s?.content?.text).toBe('“We will not negotiate under pressure,”');
  });

  test('"…, X said." and "according to X"', () => {
    expect(speakerOf('The talks will resume next week, Reuters reported.', 'talks')).toMatchObject({ name: 'Reuters', verb: 'reported' });
    const according = speakerOf('According to the Iranian Foreign Ministry, the talks were in doubt.', 'talks');
    expect(according).toMatchObject({ name: 'Iranian Foreign Ministry', verb: 'According to', quote: 'indirect' });
    expect(according?.content?.text).toBe('the talks were in doubt');
    expect(speakerOf('The talks were in doubt, according to diplomats.', 'talks')).toMatchObject({ name: null, role: 'diplomats', vague: true });
  });

  test('a frame in the middle of a sentence: the content is the clause before it, not the phrase after', () => {
    const s = speakerOf('The talks will resume on Thursday, diplomats said, after a two-week pause.', 'talks');
    expect(s).toMatchObject({ name: null, role: 'diplomats', vague: true });
    expect(s?.content?.text).toBe('The talks will resume on Thursday');
  });

  test('a parenthetical "according to" does not hide the frame after it; an adverbial between commas is no role', () => {
    const s = speakerOf('Blumenthal, according to the Times, said he had misspoken.', 'misspoken');
    expect(s).toMatchObject({ name: 'Blumenthal', role: null, verb: 'said' });
    expect(s?.content?.text).toBe('he had misspoken');
    expect(speakerOf('Ryan, in his first interview since being named, said the plan was sound.', 'plan')).toMatchObject({ name: 'Ryan', role: null });
  });

  test('"Name of Place" keeps the place out of the name; participial openers do not block the frame', () => {
    expect(speakerOf('Representative Darrell Issa of California, the senior Republican on the committee, said the deal was illegal.', 'illegal')).toMatchObject({
      name: 'Darrell Issa',
      role: 'Representative',
    });
    expect(speakerOf('Batting down claims that the offer was paid, the report said that the posts were unpaid.', 'unpaid')).toMatchObject({ name: null, role: 'report', verb: 'said' });
  });

  test('a party tag in parentheses after the name, and a surname that is also a title', () => {
    const s = speakerOf('"It was wrong," Rep. Peter King (R-N.Y.) told Fox News.', 'wrong');
    expect(s).toMatchObject({ name: 'Peter King', role: 'Rep.', verb: 'told', quote: 'direct' });
    expect(s?.mention?.text).toBe('Rep. Peter King (R-N.Y.)');
    expect(speakerOf('Sen. Mitch McConnell (R-Ky.) said the bill was dead.', 'bill')).toMatchObject({ name: 'Mitch McConnell', role: 'Sen.' });
  });

  test('"X told reporters", "X wrote on X", "X called on Y to …"', () => {
    const told = speakerOf('Senior officials told reporters that a deal was close.', 'deal');
    expect(told).toMatchObject({ name: null, verb: 'told', vague: true });
    expect(told?.content?.text).toBe('a deal was close');
    expect(speakerOf('“A good day of talks,” Rafael Grossi wrote on X.', 'good day')).toMatchObject({ name: 'Rafael Grossi', verb: 'wrote', quote: 'direct' });
    const called = speakerOf('Mohammad Eslami called on the agency to remain neutral.', 'neutral');
    expect(called).toMatchObject({ name: 'Mohammad Eslami', verb: 'called on' });
    expect(called?.content?.text).toBe('the agency to remain neutral');
  });

  test('"He added" and "the minister said" resolve to the last matching named speaker', () => {
    const article = analyseText(
      'Foreign Minister Abbas Araghchi said the talks would continue. Rafael Grossi met officials in Tehran. He added that no date was set. The minister said Oman would host.',
    );
    expect(claimContaining(article, 'He added').speaker?.name).toBe('Rafael Grossi');
    expect(claimContaining(article, 'The minister said').speaker).toMatchObject({ name: 'Abbas Araghchi', role: 'Foreign Minister' });
  });

  test('a surname alone resolves to the full name seen before', () => {
    const article = analyseText('IAEA Director General Rafael Grossi arrived in Tehran. Later, Grossi said the visit went well.');
    expect(claimContaining(article, 'visit went well').speaker).toMatchObject({ name: 'Rafael Grossi', role: 'IAEA Director General' });
  });

  test('generic and quantified groups are unnamed sources, even when capitalised or named', () => {
    expect(speakerOf('Officials said the talks would resume.', 'talks')).toMatchObject({ name: null, role: 'Officials', vague: true });
    expect(speakerOf('Critics say the plan is flawed.', 'plan')).toMatchObject({ name: null, vague: true });
    expect(speakerOf('Many Republicans argued that the bill was too costly.', 'bill')).toMatchObject({ name: null, vague: true });
    expect(speakerOf('The White House said it would respond.', 'respond')).toMatchObject({ name: 'White House', vague: false });
  });

  test('unnamed sources are recorded as vague', () => {
    const s = speakerOf('A source familiar with the talks said the venue had changed.', 'venue');
    expect(s).toMatchObject({ name: null, vague: true });
    expect(s?.role).toMatch(/source familiar with the talks/);
  });

  test('a quotation that continues into the next sentence keeps its speaker; the next sentence after it does not', () => {
    const article = analyseText('“We agreed to changes,” Gharibabadi said. “It is not an important issue.” Oman will host the talks.');
    expect(claimContaining(article, 'not an important issue').speaker).toMatchObject({ name: 'Gharibabadi', quote: 'direct' });
    expect(claimContaining(article, 'Oman will host').speaker).toBeNull();
  });

  test('a quotation spanning paragraphs is one quotation: every part has the speaker and a quote span', () => {
    const article = analyseText('Araghchi said: “We came to talk.\n\n“We will return next week.”\n\nThe talks ended.');
    const second = claimContaining(article, 'return next week');
    expect(second.speaker).toMatchObject({ name: 'Araghchi', quote: 'direct' });
    expect(second.quotes.map((q) => q.text)).toEqual(['“We will return next week.”']);
    expect(claimContaining(article, 'We came').quotes.map((q) => q.text)).toEqual(['“We came to talk.']);
    expect(claimContaining(article, 'The talks ended').speaker).toBeNull();
  });

  test('a multi-sentence quotation attributed at its end gives the earlier sentences the same speaker', () => {
    const article = analyseText('“Expect more of this. The majority failed,” said Senator Mitch McConnell.');
    expect(claimContaining(article, 'Expect more').speaker).toMatchObject({ name: 'Mitch McConnell', quote: 'direct' });
  });

  test('an appositive description is the role: "Name, description, said" and "description, Name, said"', () => {
    expect(speakerOf('Michael Steele, chairman of the Republican National Committee, said the war was a mistake.', 'war')).toMatchObject({
      name: 'Michael Steele',
      role: 'chairman of the Republican National Committee',
    });
    expect(speakerOf('A spokesman for the committee, Brad Woodhouse, said the remarks were wrong.', 'remarks')).toMatchObject({
      name: 'Brad Woodhouse',
      role: 'spokesman for the committee',
    });
  });

  test('a frame that ends its sentence introduces the quotation that follows', () => {
    const article = analyseText('Abbas Araghchi spoke after the meeting. He told reporters:\n\n“We will return next week. Nothing is decided.”');
    expect(claimContaining(article, 'We will return').speaker).toMatchObject({ name: 'Abbas Araghchi', verb: 'told', quote: 'direct' });
    expect(claimContaining(article, 'Nothing is decided').speaker?.name).toBe('Abbas Araghchi');
  });

  test('a topic is not reported content; an adverbial before the content is skipped', () => {
    const article = analyseText('Nancy Pelosi tweeted about her opposition to the restaurant, and a bar introduced a sandwich as a protest.');
    expect(article.claims.map((c) => c.speaker)).toEqual([null, null]);
    const s = speakerOf('The senator said in Washington that the bill was dead.', 'bill');
    expect(s?.content?.text).toBe('the bill was dead');
    expect(speakerOf('“It is wrong,” a memo detailing the findings reads.', 'wrong')).toMatchObject({ role: 'memo detailing the findings', verb: 'reads' });
  });

  test('a claim without a reporting frame has no speaker', () => {
    expect(speakerOf('Tehran has reluctantly agreed to hold the talks in Rome.', 'Rome')).toBeNull();
  });
});

describe('frames with no name before the verb', () => {
  test('a comma between a role and its verb does not crash the speaker search (MSRP sentence shape)', () => {
    const text = 'However, a Fort Campbell spokesman, said that Akbar had "an attitude problem."';
    const claim = claimContaining(analyseText(text), 'attitude');
    expect(claim.text).toContain('attitude problem');
    expect(claim.speaker?.verb).toBe('said');
  });

  test('a plural party or nationality noun is an unnamed group, not the party or the state', () => {
    const article = analyseText('Republicans said the bill was dead. Democrats argued that it would pass. The Palestinians say the talks failed. Israelis believe the war will end.');
    for (const [fragment, role] of [['bill', 'Republicans'], ['pass', 'Democrats'], ['talks failed', 'Palestinians'], ['war will end', 'Israelis']]) {
      expect(claimContaining(article, fragment).speaker).toMatchObject({ name: null, role, vague: true });
    }
  });

  test('a named organisation or the state itself stays a named source', () => {
    const article = analyseText('The Republican National Committee said it would appeal. Israel said it would respond.');
    expect(claimContaining(article, 'appeal').speaker).toMatchObject({ name: 'Republican National Committee', vague: false });
    expect(claimContaining(article, 'respond').speaker).toMatchObject({ name: 'Israel', vague: false });
  });

  test('a clause coordinated right after a mid-sentence frame goes on with the same speaker', () => {
    const article = analyseText('Lawyer Jane Roe spoke on Monday. Memories have faded, she said, and the company has moved on.');
    const [first, second] = [claimContaining(article, 'Memories'), claimContaining(article, 'moved on')];
    expect(first.text).toBe('Memories have faded, she said');
    expect(first.speaker).toMatchObject({ name: 'Jane Roe', verb: 'said', quote: 'indirect' });
    expect(second.text).toBe('the company has moved on.');
    expect(second.speaker).toMatchObject({ name: 'Jane Roe', verb: 'said', quote: 'indirect' });
    expect(second.speaker?.content?.text).toBe('the company has moved on');
    expect(second.kind).toBe('statement');
  });

  test('after a direct quotation, or after "while", the clause past the frame is the reporter\'s own', () => {
    expect(claimContaining(analyseText('“We will win,” he said, and the crowd cheered.'), 'crowd').speaker).toBeNull();
    expect(claimContaining(analyseText('The talks will resume, diplomats said, while Iran sent a delegation.'), 'delegation').speaker).toBeNull();
  });

  test('issue 12: "House Republicans said" is an unnamed group, like "Senate Democrats"', () => {
    const article = analyseText('House Republicans said the bill would fail. Senate Democrats said it would pass.');
    expect(claimContaining(article, 'fail').speaker).toMatchObject({ name: null, role: 'House Republicans', vague: true });
    expect(claimContaining(article, 'pass').speaker).toMatchObject({ name: null, role: 'Senate Democrats', vague: true });
  });

  test('issue 12: a participle speaks for the clause subject: "X did not back down, saying, “…”", "X released a statement saying: “…”"', () => {
    const santorum = analyseText('Rick Santorum spoke in Ohio. Asked whether he meant it, Mr. Santorum did not back down, saying, “I think the record is bad.”');
    expect(claimContaining(santorum, 'record is bad').speaker).toMatchObject({ name: 'Rick Santorum', verb: 'saying', quote: 'direct' });
    const romney = analyseText('Mitt Romney spoke on Monday. Romney released a statement late Tuesday saying: “The comments were offensive.”');
    expect(claimContaining(romney, 'offensive').speaker).toMatchObject({ name: 'Mitt Romney', verb: 'saying' });
    const company = analyseText('The company cut jobs on Friday, saying demand fell.');
    expect(claimContaining(company, 'demand').speaker?.content?.text).toBe('demand fell');
    // Not a frame: a sentence-initial question put to someone, or a participle that reports nothing.
    expect(claimContaining(analyseText('Asked about the plan, Obama said it would work.'), 'plan').speaker).toMatchObject({ name: 'Obama', verb: 'said' });
  });

  test('issue 12: "the governor" refers back to "Gov. Rick Perry" through the abbreviation', () => {
    const article = analyseText('Gov. Rick Perry said he would run. “As president, I will end it,” the governor said.');
    expect(claimContaining(article, 'I will end it').speaker).toMatchObject({ name: 'Rick Perry', quote: 'direct' });
  });

  test('issue 12: a quotation ending in "?" keeps the short frame after it: "“Why …?” Akin continued."', () => {
    const article = analyseText('Todd Akin spoke on the radio. “Why can’t he run his race and I run mine?” Akin continued. “Is this fair?” Obama asked reporters on Friday.');
    expect(claimContaining(article, 'run mine').speaker).toMatchObject({ name: 'Todd Akin', verb: 'continued', quote: 'direct' });
    expect(claimContaining(article, 'Is this fair').speaker).toMatchObject({ name: 'Obama', verb: 'asked', quote: 'direct' });
    // A full statement after the question stays its own sentence.
    const separate = analyseText('“Is this fair?” Obama said the plan was wrong and that they should quit now.');
    expect(separate.claims.map((c) => c.text)).toEqual(['“Is this fair?”', 'Obama said the plan was wrong and that they should quit now.']);
  });

  test('issue 12: "Biden retorted: “…”" and "was quick to retort:" open a quotation the next sentences continue', () => {
    const article = analyseText('Joe Biden spoke. Biden was quick to retort: “That is malarkey. Not a single thing he said is accurate.”');
    expect(claimContaining(article, 'malarkey').speaker).toMatchObject({ name: 'Joe Biden', quote: 'direct' });
    expect(claimContaining(article, 'Not a single thing').speaker).toMatchObject({ name: 'Joe Biden', quote: 'direct' });
    expect(speakerOf('Joe Biden spoke. Biden retorted that it was malarkey.', 'malarkey')).toMatchObject({ name: 'Joe Biden', verb: 'retorted', quote: 'indirect' });
    // Without a colon or "that", an after-quote verb still only closes a quotation.
    expect(speakerOf('“We will win,” Biden retorted.', 'win')).toMatchObject({ name: 'Biden', quote: 'direct' });
  });

  test('issue 12: "what he called “…”" gives the quotation to the clause subject; an expletive or a participle is no speaker', () => {
    const santorum = analyseText('Rick Santorum spoke. It was in Ohio on Saturday that Mr. Santorum described what he called the “phony theology” of the agenda.');
    const claim = claimContaining(santorum, 'phony theology');
    expect(claim.speaker).toMatchObject({ name: 'Rick Santorum', verb: 'called' });
    expect(claim.speaker?.content?.text).toBe('“phony theology”');
    expect(claimContaining(analyseText('Nobody knows what it means.'), 'Nobody').speaker).toBeNull();
    // Neither the expletive "It" nor "the week" (a participle read as "…, said X" turned round) is the speaker; the
    // participle goes on from the subordinate clause's subject (third pass).
    expect(claimContaining(analyseText('It came after Boehner chided Obama on Friday, saying the week was wasted.'), 'Boehner').speaker).toMatchObject({ name: 'Boehner', verb: 'saying' });
    expect(claimContaining(analyseText('It came on Friday, saying the week was wasted.'), 'week').speaker).toBeNull();
  });

  test('issue 12 (frame2): "X called Y “…”", "described Y as “…”", "referred to Y as “…”" give the quotation to X', () => {
    const called = claimContaining(analyseText('Sen. Jim DeMint spoke. He called Steele’s comments “unacceptable” and “inaccurate.”'), 'unacceptable');
    expect(called.speaker).toMatchObject({ name: 'Jim DeMint', verb: 'called' });
    expect(called.speaker?.content?.text).toBe('“unacceptable”');
    expect(speakerOf('At one point, Weiner referred to a reporter in the scrum as a “jackass.”', 'jackass')).toMatchObject({ name: 'Weiner', verb: 'referred' });
    expect(speakerOf('Republican National Committee spokesman Tim Miller called Biden “unhinged.”', 'unhinged')).toMatchObject({ name: 'Tim Miller', role: 'Republican National Committee spokesman' });
    expect(speakerOf('He won the backing of Sheriff Joe Arpaio of Maricopa County, Ariz., who unabashedly calls himself the “toughest sheriff” in the country.', 'toughest')).toMatchObject({ name: 'Joe Arpaio', role: 'Sheriff' });
    // "called for", "called on", a passive naming and a verb without "as" are no such frame.
    expect(speakerOf('The original called for the group to “educate its membership.”', 'educate')).toBeNull();
    expect(speakerOf('Kyl said the analysis, referred to as a “score,” was late.', 'score')).toMatchObject({ name: 'Kyl', verb: 'said' });
    expect(speakerOf('Weiner referred to prior statements “from his office.”', 'prior')).toBeNull();
  });

  test('issue 12 (frame2): after "told", the noun phrase is the addressee, never the speaker', () => {
    const s = speakerOf('“They are reading it like a sacred text,” Rep. Jerrold Nadler, D-N.Y., the former chairman of the subcommittee on the Constitution, Civil Rights and Civil Liberties, told The Washington Post.', 'sacred');
    expect(s).toMatchObject({ name: 'Jerrold Nadler', role: 'Rep.', verb: 'told', quote: 'direct' });
  });

  test('issue 12 (frame2): a title as a claim\'s subject keeps "he" on its holder; a qualified title needs a compatible role', () => {
    const weiner = analyseText('“I feel terrible,” Rep. Anthony Weiner said.\n\nThe congressman also expressed concern about his wife, Huma Abedin, a longtime aide.\n\n“I am protecting my wife,” he told CNN.');
    expect(claimContaining(weiner, 'protecting').speaker).toMatchObject({ name: 'Anthony Weiner' });
    // Without the title subject, "he" is the person last named.
    const plain = analyseText('“I feel terrible,” Rep. Anthony Weiner said.\n\nReporters asked about Tom Jones, a longtime aide.\n\n“He is fine,” he told CNN.');
    expect(claimContaining(plain, 'He is fine').speaker).toMatchObject({ name: 'Tom Jones' });
    // "the Fox News host" is not the "radio host" named before.
    const hosts = analyseText('“It is a good year,” radio host Rush Limbaugh said.\n\n“We need a big tent,” the Fox News host complained.\n\n“I agree,” the radio host said.');
    expect(claimContaining(hosts, 'big tent').speaker).toMatchObject({ name: null, role: 'Fox News host', vague: true });
    expect(claimContaining(hosts, 'I agree').speaker).toMatchObject({ name: 'Rush Limbaugh' });
    // Two hosts have spoken: "the Fox News host" is never the radio host.
    const two = analyseText('“Progressivism is eating the Constitution,” Fox News host Glenn Beck said.\n\n“It is a good year,” radio host Rush Limbaugh said.\n\n“We need a big tent,” the Fox News host complained.');
    expect(claimContaining(two, 'big tent').speaker?.name).not.toBe('Rush Limbaugh');
  });

  test('issue 12 (frame2): an opening prepositional phrase does not hide the clause subject of "what he called"', () => {
    const ryan = analyseText('Mitt Romney spoke.\n\nIn his interview with Fox News, Ryan also hammered Obama for what he called his “utter failure.”');
    expect(claimContaining(ryan, 'utter failure').speaker).toMatchObject({ name: 'Ryan', verb: 'called' });
  });

  test('issue 12 (frame2): "the ad says", "the resolution said" speak for whoever the article said put the text out', () => {
    const ad = analyseText('The Romney campaign retorted with an ad of its own Tuesday.\n\nThe ad says: “You paid in to Medicare for years.”');
    expect(claimContaining(ad, 'paid in').speaker).toMatchObject({ name: 'Romney', role: 'Romney campaign ad' });
    const naacp = analyseText('The NAACP adopted a resolution Tuesday.\n\nThe resolution initially said the group would “repudiate the racism.”');
    expect(claimContaining(naacp, 'repudiate').speaker).toMatchObject({ name: 'NAACP', role: 'NAACP resolution' });
    // A text only read, not put out, has no author; a group's text stays unnamed.
    expect(claimContaining(analyseText('Smith read the letter.\n\nThe letter said “no.”'), 'said').speaker).toMatchObject({ name: null, role: 'letter' });
    const group = analyseText('Close to three dozen House Democrats sent a letter.\n\nThe letter says Mr. Obama “should not back down.”');
    expect(claimContaining(group, 'back down').speaker).toMatchObject({ name: null, role: 'letter' });
  });
});

describe('issue 12, third pass: descriptions around a name', () => {
  test('a description after an inverted name is its role, up to a relative clause, an adverbial or a second description', () => {
    const russell = speakerOf('“It is hard,” said Jane Roe, president of the Kansas City, Mo., branch of the union, which backed the plan.', 'hard');
    expect(russell).toMatchObject({ name: 'Jane Roe', role: 'president of the Kansas City, Mo., branch of the union', quote: 'direct' });
    expect(speakerOf('“Support remains strong,” said Mary Major, advisory board member for Secure Coast Now.', 'strong')).toMatchObject({ name: 'Mary Major', role: 'advisory board member for Secure Coast Now' });
    expect(speakerOf('“It is sexist,” said Terry Smith, the president of the group, to the news site the Daily Post.', 'sexist')).toMatchObject({ name: 'Terry Smith', role: 'president of the group' });
    expect(speakerOf('“There are ways,” said Nancy Doe, co-chair of Strengthen Social Security, a coalition opposed to cuts.', 'ways')).toMatchObject({ name: 'Nancy Doe', role: 'co-chair of Strengthen Social Security' });
    // Not a description: a participle or a relative clause right after the name.
    expect(speakerOf('“We won,” said John Doe, adding that the count was over.', 'We won')).toMatchObject({ name: 'John Doe', role: null });
  });

  test('a frame never names "in an email to …" as the speaker', () => {
    const s = speakerOf('“The plan fails,” the party said in an email to The Daily Post.', 'plan fails');
    expect(s?.name ?? s?.role ?? '').not.toMatch(/email/);
  });

  test('a description before the name may open with a possessive name, and may follow a closing quotation mark', () => {
    expect(speakerOf('“The savings are real,” Obama’s current campaign press secretary, Ben Roe, said in an email to The Daily Post.', 'savings'))
      .toMatchObject({ name: 'Ben Roe', role: 'Obama’s current campaign press secretary', quote: 'direct' });
    expect(speakerOf('“This ad highlights doubts,” the coalition’s executive director, Matt Doe, said in a written statement.', 'doubts'))
      .toMatchObject({ name: 'Matt Doe', role: 'coalition’s executive director' });
  });
});

describe('issue 12, third pass: frames inside a subordinate clause', () => {
  test('a named subject right after a mid-sentence subordinator speaks: "… shortly after Santorum told voters that …"', () => {
    const article = analyseText('Rick Santorum spoke in Ohio. Ben Roe issued a statement Saturday shortly after Santorum told voters that the agenda is "not about you. It is about some phony ideal."');
    expect(claimContaining(article, 'not about you').speaker).toMatchObject({ name: 'Rick Santorum', verb: 'told' });
    expect(claimContaining(article, 'phony ideal').speaker).toMatchObject({ name: 'Rick Santorum' });
    expect(claimContaining(analyseText('The report comes one day after President Obama insisted "nothing improper" happened.'), 'improper').speaker).toMatchObject({ name: 'Obama' });
  });

  test('not a subordinate frame: a clause opening the sentence, a pronoun, a passive, a supposition, a coordinated subject', () => {
    const opening = analyseText('Anthony Weiner spoke. Though Weiner said the act was no crime, the former official said crimes were committed.');
    expect(claimContaining(opening, 'crimes were').speaker).toMatchObject({ name: null, role: 'former official' });
    expect(claimContaining(analyseText('Michele Bachmann showed her support on Wednesday when she tweeted a photo of her visit.'), 'photo').speaker).toBeNull();
    expect(claimContaining(analyseText('The video drew attention on Monday after it was posted on the site.'), 'video').speaker).toBeNull();
    expect(claimContaining(analyseText('The talks will go on even if Mitt Romney said they failed.'), 'talks').speaker).toBeNull();
    expect(claimContaining(analyseText('The budget assumes the savings, even though Mitt Romney and Mr. Ryan say they oppose them.'), 'budget').speaker).toBeNull();
  });

  test('"It came after Boehner chided Obama, accusing …": after an expletive, the participle goes on from the subordinate clause', () => {
    const article = analyseText('John Boehner spoke. It came after Boehner publicly chided Obama on Friday, accusing the president of having "wasted another week."');
    expect(claimContaining(article, 'wasted').speaker).toMatchObject({ name: 'John Boehner', verb: 'accusing' });
    // A subject that is not an expletive keeps the participle: "Ryan, who was raised … after his father died, …, saying".
    const ryan = analyseText('Paul Ryan, who was raised on benefits after his father died, defended his budget, saying that the plan works.');
    expect(claimContaining(ryan, 'plan works').speaker).toMatchObject({ name: 'Paul Ryan' });
  });

  test('a six-word organisation subject speaks through ", accusing": "The St. Louis Tea Party Coalition issued …, accusing …"', () => {
    const article = analyseText('The St. Louis Tea Party Coalition issued its own resolution, accusing the civil rights body of acting as a “partisan attack dog.”');
    expect(claimContaining(article, 'attack dog').speaker).toMatchObject({ name: 'St. Louis Tea Party Coalition', verb: 'accusing' });
  });
});

describe('issue 12, third pass: guards read off ECB+ news (other events, other outlets)', () => {
  test('a description needs a noun or a title word: "ready to move …", "whose district …" are no roles; "chief of …" is', () => {
    expect(speakerOf('“The crew was there,” said terminal manager Jasper Roe, ready to move the trucks.', 'crew')).toMatchObject({ name: 'Jasper Roe', role: 'terminal manager' });
    expect(speakerOf('“There is anger,” said Williams, whose district includes the zone.', 'anger')).toMatchObject({ name: 'Williams', role: null });
    expect(speakerOf('Firefighters found flames, said James Roe, chief of the Central Valley Fire Department.', 'flames')).toMatchObject({ name: 'James Roe', role: 'chief of the Central Valley Fire Department' });
  });

  test('a description before a name holds no verb: "Benson is under the care of his doctor, John Amoss, who said"', () => {
    const s = speakerOf('It may have been a bad omen that the judge in the case, Jack Roe, insisted that he wear a suit.', 'suit');
    expect(s?.role ?? '').not.toMatch(/omen/);
  });

  test('an opening participle is no inverted frame, and a participle with only an object reports nothing', () => {
    expect(claimContaining(analyseText('Accusing the far right of the deaths, the Coalition of the Left declared that the government failed.'), 'failed').speaker?.role ?? '').not.toMatch(/far right/);
    expect(claimContaining(analyseText('Denying he was a gangster, Gigante would wander the streets in nightclothes.'), 'streets').speaker).toBeNull();
    expect(claimContaining(analyseText('In April 2003, Gigante pleaded guilty to the charges, adding three years to his sentence.'), 'sentence').speaker).toBeNull();
  });
});

test('issue 12, third pass: "of <Place>" inside an opening subject is part of the name ("Gov. Rick Perry of Texas is broadcasting …, vows to end what he calls “…”")', () => {
  const article = analyseText('In an appeal to conservatives, Gov. Rick Perry of Texas is broadcasting an ad that vows to end what he calls “Obama’s war on religion.”');
  expect(claimContaining(article, 'war on religion').speaker).toMatchObject({ name: 'Rick Perry', role: 'Gov.' });
});

test('issue 12, third pass: a relative frame after the main verb reports its antecedent\'s words ("…, who said he was troubled")', () => {
  const kennedy = analyseText('The key vote could belong to Justice Anthony Kennedy, who said he was troubled by the lawsuit.');
  expect(claimContaining(kennedy, 'troubled').speaker).toMatchObject({ name: 'Anthony Kennedy', role: 'Justice', verb: 'said' });
  expect(claimContaining(kennedy, 'troubled').speaker?.content?.text).toBe('he was troubled by the lawsuit');
  // Not a frame: an object rather than a clause after the verb, or "that" as the relative pronoun.
  expect(claimContaining(analyseText('The letter quotes the Conference of Bishops, which wrote several letters to Congress.'), 'letters').speaker).toBeNull();
  expect(claimContaining(analyseText('The season was good for the Sixers, who claimed the top prize in Elton Brand.'), 'prize').speaker).toBeNull();
});
