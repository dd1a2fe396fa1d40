// Stories of a corpus: which articles report the same event (lib/stories/group-stories.ts).
export { groupStories, JOIN_THRESHOLD, DATE_WINDOW_DAYS, type Story, type GroupOptions } from './group-stories';
export { storyTermCounts, type StoryInput } from './story-terms';
