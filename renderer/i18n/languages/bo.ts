import { localeMessages } from '../localeMessages';

/** The bo texts alone, loaded when bo is chosen (scripts/localeMessagesPlugin.ts leaves the others out of the build). */
export default localeMessages['bo'];
