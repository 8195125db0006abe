import { localeMessages } from '../localeMessages';

/** The ug texts alone, loaded when ug is chosen (scripts/localeMessagesPlugin.ts leaves the others out of the build). */
export default localeMessages['ug'];
