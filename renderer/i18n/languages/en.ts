import { localeMessages } from '../localeMessages';

/** The en texts alone, loaded when en is chosen (scripts/localeMessagesPlugin.ts leaves the others out of the build). */
export default localeMessages['en'];
