// The starter questions Set up tracker writes to an empty Question Bank,
// written for this project: one line a question, coded to keep the list readable.
import type { BankPriority, BankRow, BankStage, Goal, QuestionCategory } from '../schema';

const GOAL_CODE: Record<string, Goal> = { C: 'Career exploration', I: 'Industry research', J: 'Job search' };
const STAGE_CODE: Record<string, BankStage> = { '1': 'First meeting', '2': 'Follow-up', '*': 'Any' };
const PRIORITY_CODE: Record<string, BankPriority> = { H: 'High', M: 'Medium', L: 'Low' };

/** Compact seed rows: [category, priority H/M/L, goals C/I/J, stage 1 (first) / 2 (follow-up) / * (any), question]. */
type SeedLine = [QuestionCategory, string, string, string, string];

const LINES: SeedLine[] = [
  ['Career path', 'H', 'CJ', '1', 'How did you get from your first job to your current role[ as a {title}]?'],
  ['Career path', 'H', 'CI', '1', 'What drew you to {industry}, and what has kept you there?'],
  ['Career path', 'H', 'C', '*', 'Looking back, which decisions or turning points shaped your career the most?'],
  ['Career path', 'M', 'CJ', '1', 'What did you expect the work[ of a {title}] to be like, and how has it turned out differently?'],
  ['Career path', 'M', 'CJ', '*', 'Which experiences before {company} turned out to be the most useful to you there?'],
  ['Career path', 'M', 'CI', '1', 'What paths do people in {industry} usually take to reach a role like yours, and how typical was yours?'],
  ['Career path', 'M', 'CJ', '*', 'If you were starting your career again today, what would you do differently?'],
  ['Career path', 'H', 'CJ', '2', 'When you made your biggest career moves, what trade-offs did you weigh, and how do you see them now?'],
  ['Career path', 'M', 'CI', '2', 'Where do you see your own career heading over the next few years, and what is pulling you in that direction?'],
  ['Career path', 'L', 'C', '2', 'Which people have had the most influence on your career, and how did those relationships start?'],

  ['Day to day', 'H', 'CJ', '1', 'What does a typical week look like for you[ as a {title}]?'],
  ['Day to day', 'H', 'C', '*', 'Which parts of your work give you the most energy, and which drain it?'],
  ['Day to day', 'M', 'CJ', '1', 'How is your time split between working alone, with your team, and with people outside {company}?'],
  ['Day to day', 'M', 'CI', '1', 'What surprised you most about the day-to-day reality of working in {industry}?'],
  ['Day to day', 'L', 'CJ', '*', 'What kinds of decisions do you make on your own, and which ones go to others?'],
  ['Day to day', 'M', 'CJ', '*', 'How do you judge whether a week has gone well in your role?'],
  ['Day to day', 'M', 'CJ', '2', 'What did a recent working day look like for you, from the first task to the last?'],
  ['Day to day', 'L', 'CJ', '2', 'Which tools, habits or routines have made the biggest difference to how you work?'],
  ['Day to day', 'L', 'CI', '2', 'How much does your work change from project to project or season to season, and what stays constant?'],

  ['Skills and preparation', 'H', 'CJ', '1', 'Which skills matter most for success[ as a {title}], and how did you build them?'],
  ['Skills and preparation', 'H', 'CIJ', '1', 'What could a student do now, while still in school, to prepare for work in {industry}?'],
  ['Skills and preparation', 'H', 'J', '*', 'Which courses, certifications or experiences would make the biggest difference for someone hoping to join {company}?'],
  ['Skills and preparation', 'H', 'J', '*', 'What do the strongest new hires at {company} tend to have in common?'],
  ['Skills and preparation', 'M', 'C', '*', 'Which skills do you wish you had developed earlier in your career?'],
  ['Skills and preparation', 'M', 'I', '*', 'How do people in {industry} keep their skills current as the field changes?'],
  ['Skills and preparation', 'H', 'J', '1', 'What kind of experience or project would make an application stand out to you?'],
  ['Skills and preparation', 'H', 'CJ', '2', 'Based on what I have shared about my background, which gaps would you work on first?'],
  ['Skills and preparation', 'M', 'CJ', '2', 'Of the skills we discussed last time, which would be the best one to start building now, and how would you go about it?'],
  ['Skills and preparation', 'L', 'CI', '*', 'Which books, courses or communities have shaped how you think about your work?'],

  ['Industry trends', 'H', 'CI', '1', 'How do you see {industry} changing over the next five years?'],
  ['Industry trends', 'H', 'I', '*', 'Which developments in {industry} do people outside the field underestimate?'],
  ['Industry trends', 'M', 'CI', '*', 'How are new technologies changing the work[ of a {title}]?'],
  ['Industry trends', 'H', 'IJ', '*', 'Which parts of {industry} are growing, and where are the openings for people starting out?'],
  ['Industry trends', 'M', 'I', '*', 'What are the biggest debates among people who work in {industry} right now?'],
  ['Industry trends', 'M', 'IJ', '1', 'How are changes in {industry} affecting hiring and the skills employers look for?'],
  ['Industry trends', 'L', 'CI', '1', 'Which publications, events or people do you follow to stay informed about {industry}?'],
  ['Industry trends', 'M', 'I', '2', 'Since we last spoke, which changes in {industry} have you been paying the most attention to, and why?'],
  ['Industry trends', 'H', 'IJ', '2', 'Where do you think {industry} will need people with my kind of background in the next few years?'],

  ['Organisation and culture', 'H', 'CJ', '1', 'How would you describe the culture at {company}, and how does it show up day to day?'],
  ['Organisation and culture', 'H', 'J', '*', 'What kind of person thrives at {company}, and who tends to struggle?'],
  ['Organisation and culture', 'M', 'CJ', '*', 'How are decisions made on your team, and how are new ideas received?'],
  ['Organisation and culture', 'M', 'J', '1', 'How does {company} help new people learn and grow in their first year?'],
  ['Organisation and culture', 'M', 'CI', '*', 'How does working at {company} compare with other places you have worked?'],
  ['Organisation and culture', 'M', 'CJ', '*', 'What do you value most about working at {company}, and what would you change?'],
  ['Organisation and culture', 'L', 'CJ', '*', 'How does {company} support people who want to move between teams or roles?'],
  ['Organisation and culture', 'M', 'IJ', '2', 'How have the culture and priorities at {company} shifted since you joined?'],
  ['Organisation and culture', 'H', 'J', '2', 'What unwritten rules does a new hire at {company} take a while to learn?'],

  ['Current projects and goals', 'H', 'CI', '1', 'What are you working on right now that you find most interesting?'],
  ['Current projects and goals', 'M', 'IJ', '*', 'What is your team trying to achieve this year, and how does your work contribute to it?'],
  ['Current projects and goals', 'M', 'IJ', '*', 'What problem at {company} would you most like to see solved?'],
  ['Current projects and goals', 'L', 'C', '*', 'How do you decide which projects to take on and which to turn down?'],
  ['Current projects and goals', 'M', 'C', '1', 'What are you hoping to learn or accomplish in the next year?'],
  ['Current projects and goals', 'H', 'CJ', '1', 'Which project are you proudest of, and what made it work?'],
  ['Current projects and goals', 'H', 'CIJ', '2', 'How has the project you mentioned last time developed since we spoke?'],
  ['Current projects and goals', 'M', 'IJ', '2', 'What has changed in your team\'s goals since our last conversation?'],

  ['Challenges', 'H', 'CJ', '1', 'What is the hardest part of your job, and how do you handle it?'],
  ['Challenges', 'H', 'I', '1', 'What are the biggest challenges facing {industry} right now?'],
  ['Challenges', 'M', 'CJ', '*', 'What challenges do people new to {industry} face in their first year?'],
  ['Challenges', 'M', 'C', '*', 'Which setback taught you the most, and what did you take from it?'],
  ['Challenges', 'M', 'I', '*', 'Which problems in {industry} still lack good solutions, in your view?'],
  ['Challenges', 'L', 'CJ', '*', 'How do you manage the pressure or uncertainty that comes with your role?'],
  ['Challenges', 'M', 'CI', '2', 'Of the challenges you mentioned last time, which has been the hardest to solve, and why?'],
  ['Challenges', 'H', 'CJ', '2', 'What obstacles would someone with my background face moving into {industry}, and how could I prepare for them?'],

  ['Advice', 'H', 'CIJ', '1', 'What advice would you give someone trying to break into {industry}?'],
  ['Advice', 'H', 'C', '*', 'What do you wish someone had told you when you were starting out?'],
  ['Advice', 'H', 'J', '*', 'How would you approach a job search in {industry} if you were starting today?'],
  ['Advice', 'M', 'CJ', '*', 'What mistakes do you often see students make when exploring careers in {industry}?'],
  ['Advice', 'M', 'CIJ', '*', 'Given my interests, which organisations or types of roles would you suggest I look into?'],
  ['Advice', 'M', 'C', '*', 'How would you advise me to choose between the paths I am considering?'],
  ['Advice', 'M', 'C', '1', 'What would you tell someone considering a role like yours?'],
  ['Advice', 'H', 'CJ', '2', 'Given what I have done since our last conversation, what would you suggest I focus on next?'],
  ['Advice', 'M', 'J', '2', 'How would you present my experience to a hiring manager at {company}?'],

  ['Next steps', 'H', 'CIJ', '1', 'Who else would you recommend I speak with to learn more about {industry}?'],
  ['Next steps', 'H', 'CIJ', '*', 'Who else, at {company} or elsewhere, would be good for me to talk to, and how would you suggest I approach them?'],
  ['Next steps', 'M', 'IJ', '*', 'Which people or groups in {industry} would you suggest I connect with next?'],
  ['Next steps', 'H', 'CIJ', '2', 'Since we last spoke, who else have you thought of that I should talk to?'],
  ['Next steps', 'H', 'CIJ', '*', 'What can I do to be helpful to you in return?'],
  ['Next steps', 'H', 'CIJ', '1', 'How can I be useful to you or your team, now or later on?'],
  ['Next steps', 'M', 'CIJ', '*', 'What could I share with you, such as articles, contacts or a student\'s perspective, that you would find useful?'],
  ['Next steps', 'M', 'CIJ', '2', 'As we stay in touch, what would be most helpful to you from me?'],
];

export const SEED_BANK: BankRow[] = LINES.map(([category, p, goals, stage, question]) => ({
  category,
  question,
  priority: PRIORITY_CODE[p],
  goals: goals
    .split('')
    .map((g) => GOAL_CODE[g])
    .join(', '),
  stage: STAGE_CODE[stage],
}));
