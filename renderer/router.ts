import { createMemoryHistory, createRouter } from 'vue-router';
import { useStaffStore } from './stores/staff';
import HomeView from './views/HomeView.vue';

function staffOnly() {
  return useStaffStore().status.active ? true : { name: 'home' };
}

/** Memory history: a kiosk has no address bar, and no step can be reached by URL. */
export const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/', name: 'home', component: HomeView },
    // Staff screens open only in assisted mode.
    { path: '/staff', name: 'staff-desk', component: () => import('./staff/StaffDeskView.vue'), beforeEnter: staffOnly },
    { path: '/camera-check', name: 'camera-check', component: () => import('./dev/FaceCaptureCheck.vue'), beforeEnter: staffOnly },
    // Person flows load on first use, so the attract screen starts light.
    { path: '/register', name: 'register', component: () => import('./flows/registration/RegistrationFlow.vue') },
    { path: '/forgot-password', name: 'forgot-password', component: () => import('./flows/forgotPassword/ForgotPasswordFlow.vue') },
    { path: '/account-services', name: 'account-services', component: () => import('./flows/accountServices/AccountServicesFlow.vue') },
    { path: '/face-enrolment', name: 'face-enrolment', component: () => import('./flows/faceEnrolment/FaceEnrolmentFlow.vue') },
    // Enterprise flows (issue #8).
    { path: '/enterprise/register', name: 'enterprise-register', component: () => import('./flows/enterprise/EnterpriseRegistrationFlow.vue') },
    { path: '/enterprise/activate', name: 'enterprise-activate', component: () => import('./flows/enterprise/EnterpriseActivationFlow.vue') },
    { path: '/enterprise/forgot-password', name: 'enterprise-forgot', component: () => import('./flows/enterprise/EnterpriseForgotPasswordFlow.vue') },
    { path: '/enterprise/appeal', name: 'enterprise-appeal', component: () => import('./flows/enterprise/AppealFlow.vue') },
    { path: '/enterprise/agents', name: 'enterprise-agents', component: () => import('./flows/enterprise/AgentsFlow.vue') },
  ],
});
