import { localeMessages } from '../localeMessages';

/** The zh-CN texts alone, in the first script: every other language falls back to them (scripts/localeMessagesPlugin.ts leaves the others out of the build). */
export default localeMessages['zh-CN'];
